using System.Text;
using Pactum.Domain.Webhooks;

namespace Pactum.Domain.Tests.Webhooks;

/// <summary>The public vectors from shared/cases/webhooks.md, and helpers to build requests around them.</summary>
internal static class WebhookVectors
{
    public const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    public const string Id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    public const long Timestamp = 1614265330;
    public const string Body = """{"test": 2432232314}""";
    public const string Signature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    public const string GitHubSecret = "It's a Secret to Everybody";
    public const string GitHubBody = "Hello, World!";
    public const string GitHubHex = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    /// <summary>A secret that is valid base64 but not the vector's key.</summary>
    public const string OtherSecret = "whsec_dGhpcyBpcyBub3QgdGhlIHJpZ2h0IGtleSE=";

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    public static WebhookSecret ParseSecret(string text) =>
        WebhookSecret.TryParse(text, out var secret, out var error) ? secret : throw new ArgumentException(error, nameof(text));
}
