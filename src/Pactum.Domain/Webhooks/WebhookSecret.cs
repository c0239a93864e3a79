using System.Diagnostics.CodeAnalysis;

namespace Pactum.Domain.Webhooks;

/// <summary>
/// The shared key of a Standard Webhooks endpoint: the bytes decoded from <c>whsec_&lt;base64&gt;</c> (a bare base64
/// secret without the prefix is accepted too). The key never appears in <see cref="ToString"/> or in error messages.
/// </summary>
public sealed class WebhookSecret
{
    /// <summary>The prefix Standard Webhooks senders put before the base64 key.</summary>
    public const string Prefix = "whsec_";

    private readonly byte[] _key;

    private WebhookSecret(byte[] key) => _key = key;

    /// <summary>The decoded key bytes, for computing signatures.</summary>
    internal ReadOnlySpan<byte> Key => _key;

    /// <summary>
    /// Parses <c>whsec_&lt;base64&gt;</c> or bare base64 (surrounding white space ignored; the base64 must be padded as
    /// usual). On failure <paramref name="error"/> says what was expected, without repeating the text.
    /// </summary>
    public static bool TryParse(string? text, [MaybeNullWhen(false)] out WebhookSecret secret, out string error)
    {
        secret = null;
        var trimmed = (text ?? "").Trim();
        var hasPrefix = trimmed.StartsWith(Prefix, StringComparison.Ordinal);
        var encoded = hasPrefix ? trimmed[Prefix.Length..] : trimmed;
        if (encoded.Length == 0)
        {
            error = hasPrefix ? "the webhook secret has nothing after 'whsec_'" : "the webhook secret is empty";
            return false;
        }

        var buffer = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, buffer, out var written) || written == 0)
        {
            error = hasPrefix
                ? "the webhook secret after 'whsec_' is not valid base64"
                : "the webhook secret is neither 'whsec_' followed by base64 nor base64";
            return false;
        }

        secret = new WebhookSecret(buffer[..written]);
        error = "";
        return true;
    }

    /// <summary>Shows only the key's length, e.g. <c>whsec_… (24-byte key)</c>; never the key.</summary>
    public override string ToString() => $"{Prefix}… ({_key.Length}-byte key)";
}
