using Pactum.Domain.Webhooks;
using static Pactum.Domain.Tests.Webhooks.WebhookVectors;

namespace Pactum.Domain.Tests.Webhooks;

public sealed class StandardWebhookGitHubTests
{
    [Theory]
    [InlineData("sha256=" + GitHubHex)] // GitHub's documented vector
    [InlineData("sha256=757107EA0EB2509FC211221CCE984B8A37570B6D7586C22C46F4379C8B043E17")] // upper-case hex
    public void VerifyGitHub_DocumentedVector_IsValid(string header)
    {
        Assert.True(StandardWebhook.VerifyGitHub(GitHubSecret, header, Bytes(GitHubBody)));
    }

    [Theory]
    [InlineData(GitHubSecret, "sha256=" + GitHubHex, "Hello, World?")] // a tampered body
    [InlineData("It's a secret to everybody", "sha256=" + GitHubHex, GitHubBody)] // a wrong secret
    [InlineData(GitHubSecret, null, GitHubBody)] // no header
    [InlineData(GitHubSecret, GitHubHex, GitHubBody)] // the hex without its prefix
    [InlineData(GitHubSecret, "sha1=" + GitHubHex, GitHubBody)] // another algorithm
    [InlineData(GitHubSecret, "sha256=" + "757107ea", GitHubBody)] // truncated hex
    [InlineData(GitHubSecret, "sha256=" + "z57107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17", GitHubBody)] // not hex
    public void VerifyGitHub_TamperedOrMalformed_IsNotValid(string secret, string? header, string body)
    {
        Assert.False(StandardWebhook.VerifyGitHub(secret, header, Bytes(body)));
    }

    [Fact]
    public void VerifyGitHub_EmptySecret_Throws()
    {
        Assert.Throws<ArgumentException>(() => StandardWebhook.VerifyGitHub("", "sha256=" + GitHubHex, Bytes(GitHubBody)));
    }
}
