using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Pactum.Domain.Webhooks;

/// <summary>GitHub-style verification, for senders that sign the GitHub way rather than the Standard Webhooks way.</summary>
public static partial class StandardWebhook
{
    /// <summary>The header GitHub-style senders put the signature in, as <c>sha256=&lt;hex&gt;</c>.</summary>
    public const string GitHubSignatureHeader = "X-Hub-Signature-256";

    private const string GitHubSignaturePrefix = "sha256=";

    /// <summary>
    /// Checks a GitHub-style signature: <paramref name="signatureHeader"/> must be <c>sha256=</c> followed by the hex
    /// (either case) of the HMAC-SHA256 of the raw <paramref name="body"/>, keyed with the UTF-8 bytes of
    /// <paramref name="secret"/> as typed (not base64). There is no timestamp, so replays are not detected. Compared in
    /// constant time; a missing or malformed header is simply not valid. Throws when <paramref name="secret"/> is empty
    /// (a configuration bug).
    /// </summary>
    public static bool VerifyGitHub(string secret, string? signatureHeader, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        if (signatureHeader is null || !signatureHeader.StartsWith(GitHubSignaturePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var hex = signatureHeader.AsSpan(GitHubSignaturePrefix.Length).Trim();
        Span<byte> given = stackalloc byte[SignatureLength];
        if (hex.Length != 2 * SignatureLength
            || Convert.FromHexString(hex, given, out _, out var written) != OperationStatus.Done
            || written != SignatureLength)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[SignatureLength];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
