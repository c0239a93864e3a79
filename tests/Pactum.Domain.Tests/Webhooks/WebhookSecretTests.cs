using Pactum.Domain.Webhooks;

namespace Pactum.Domain.Tests.Webhooks;

public sealed class WebhookSecretTests
{
    private static readonly byte[] VectorKey = Convert.FromBase64String("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    [Theory]
    [InlineData("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")] // the Standard Webhooks form
    [InlineData("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")] // a bare base64 secret
    [InlineData("  whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n")] // surrounding white space, as pasted from a file
    public void TryParse_ValidText_DecodesTheKey(string text)
    {
        Assert.True(WebhookSecret.TryParse(text, out var secret, out var error));
        Assert.Equal("", error);
        Assert.Equal(VectorKey, secret.Key.ToArray());
    }

    [Theory]
    [InlineData(null, "the webhook secret is empty")] // nothing given
    [InlineData("   ", "the webhook secret is empty")] // only white space
    [InlineData("whsec_", "the webhook secret has nothing after 'whsec_'")] // the prefix alone
    [InlineData("whsec_not*base64!", "the webhook secret after 'whsec_' is not valid base64")] // bad characters after the prefix
    [InlineData("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS", "the webhook secret after 'whsec_' is not valid base64")] // one character short: bad padding
    [InlineData("wh_sec-secret", "the webhook secret is neither 'whsec_' followed by base64 nor base64")] // a misspelt prefix
    public void TryParse_InvalidText_FailsWithAReason(string? text, string expected)
    {
        Assert.False(WebhookSecret.TryParse(text, out var secret, out var error));
        Assert.Null(secret);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void ToString_ParsedSecret_HidesTheKey()
    {
        var secret = WebhookVectors.ParseSecret(WebhookVectors.Secret);

        var text = secret.ToString();

        Assert.Equal("whsec_… (24-byte key)", text);
        Assert.DoesNotContain("MfKQ9r8G", text, StringComparison.Ordinal);
    }
}
