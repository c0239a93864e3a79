using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace Pactum.Domain.Webhooks;

/// <summary>
/// Signs and verifies webhooks the Standard Webhooks way (https://www.standardwebhooks.com): an HMAC-SHA256, keyed
/// with a <see cref="WebhookSecret"/>, over the UTF-8 bytes of <c>{webhook-id}.{webhook-timestamp}.</c> followed by
/// the raw body bytes exactly as sent (never re-serialised), written as <c>v1,&lt;base64&gt;</c> in the
/// <c>webhook-signature</c> header. The timestamp is whole seconds since 1970-01-01T00:00:00Z and must lie within
/// <see cref="Tolerance"/> of "now", which callers pass in; nothing here reads a clock.
/// </summary>
public static partial class StandardWebhook
{
    /// <summary>The header carrying the message id, unique per message and the same on every retry.</summary>
    public const string IdHeader = "webhook-id";

    /// <summary>The header carrying the send time as whole Unix seconds.</summary>
    public const string TimestampHeader = "webhook-timestamp";

    /// <summary>The header carrying one or more space-separated <c>version,signature</c> entries.</summary>
    public const string SignatureHeader = "webhook-signature";

    /// <summary>The only signature version understood (symmetric HMAC-SHA256); entries of other versions are ignored.</summary>
    public const string SignatureVersion = "v1";

    /// <summary>
    /// How far the timestamp may be from "now", either way. Exactly this much is accepted; one second more is refused.
    /// </summary>
    public static Duration Tolerance { get; } = Duration.FromSeconds(300);

    private const int SignatureLength = 32;

    /// <summary>
    /// The <c>webhook-signature</c> value for an outbound webhook: <c>v1,&lt;base64 HMAC-SHA256&gt;</c> of
    /// <c>{id}.{timestamp}.{body}</c>. Throws when <paramref name="id"/> is blank or <paramref name="timestamp"/> is
    /// negative (both are bugs in the caller).
    /// </summary>
    /// <param name="secret">The endpoint's secret.</param>
    /// <param name="id">The message id, sent as <c>webhook-id</c>.</param>
    /// <param name="timestamp">The send time in whole Unix seconds, sent as <c>webhook-timestamp</c>.</param>
    /// <param name="body">The body bytes exactly as they will be sent.</param>
    public static string Sign(WebhookSecret secret, string id, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentOutOfRangeException.ThrowIfNegative(timestamp);
        Span<byte> signature = stackalloc byte[SignatureLength];
        ComputeSignature(secret, id, timestamp, body, signature);
        return $"{SignatureVersion},{Convert.ToBase64String(signature)}";
    }

    /// <summary>
    /// Checks an inbound webhook. It is valid when every header is present, the timestamp is within
    /// <see cref="Tolerance"/> of <paramref name="now"/> (compared in whole seconds, <paramref name="now"/> rounded
    /// down), and any <c>v1</c> signature in the header equals the signature computed with any of
    /// <paramref name="secrets"/> (several secrets allow rotation). Signatures are compared in constant time. Checks run
    /// in the order of <see cref="WebhookFailure"/> and the first failing one is reported.
    /// </summary>
    /// <param name="secrets">The endpoint's current secrets; at least one (none is a configuration bug and throws).</param>
    /// <param name="id">The <c>webhook-id</c> header.</param>
    /// <param name="timestamp">The <c>webhook-timestamp</c> header.</param>
    /// <param name="signatureHeader">The <c>webhook-signature</c> header.</param>
    /// <param name="body">The raw body bytes as received.</param>
    /// <param name="now">The current instant, from the caller's clock.</param>
    public static WebhookVerification Verify(
        IReadOnlyList<WebhookSecret> secrets,
        string? id,
        string? timestamp,
        string? signatureHeader,
        ReadOnlySpan<byte> body,
        Instant now)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (secrets.Count == 0)
        {
            throw new ArgumentException("At least one secret is needed to verify a webhook.", nameof(secrets));
        }

        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(timestamp) || string.IsNullOrWhiteSpace(signatureHeader))
        {
            return WebhookVerification.Fail(WebhookFailure.MissingHeaders, MissingHeadersMessage(id, timestamp, signatureHeader));
        }

        const NumberStyles digitsOnly = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
        if (!long.TryParse(timestamp, digitsOnly, CultureInfo.InvariantCulture, out var sentAt))
        {
            return WebhookVerification.Fail(
                WebhookFailure.BadTimestamp,
                $"the {TimestampHeader} header is not a whole number of seconds since 1970-01-01T00:00:00Z");
        }

        var tolerance = (long)Tolerance.TotalSeconds;
        var age = now.ToUnixTimeSeconds() - sentAt;
        if (age > tolerance)
        {
            return WebhookVerification.Fail(
                WebhookFailure.TooOld,
                $"the {TimestampHeader} is {age} seconds older than now; at most {tolerance} are allowed");
        }

        if (-age > tolerance)
        {
            return WebhookVerification.Fail(
                WebhookFailure.TooNew,
                $"the {TimestampHeader} is {-age} seconds newer than now; at most {tolerance} are allowed");
        }

        var candidates = V1Signatures(signatureHeader);
        if (candidates.Count == 0)
        {
            return WebhookVerification.Fail(
                WebhookFailure.NoSignature,
                $"the {SignatureHeader} header holds no {SignatureVersion} signature");
        }

        Span<byte> expected = stackalloc byte[SignatureLength];
        foreach (var secret in secrets)
        {
            ComputeSignature(secret, id, sentAt, body, expected);
            foreach (var candidate in candidates)
            {
                if (CryptographicOperations.FixedTimeEquals(expected, candidate))
                {
                    return WebhookVerification.Valid;
                }
            }
        }

        return WebhookVerification.Fail(
            WebhookFailure.SignatureMismatch,
            $"no {SignatureVersion} signature in the {SignatureHeader} header matches the body signed with this endpoint's secret");
    }

    private static void ComputeSignature(WebhookSecret secret, string id, long timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret.Key);
        hmac.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{id}.{timestamp}.")));
        hmac.AppendData(body);
        hmac.GetHashAndReset(destination);
    }

    /// <summary>
    /// The decoded <c>v1</c> entries of a signature header; an entry that is not base64 decodes to nothing, so it
    /// counts as present but can never match.
    /// </summary>
    private static List<byte[]> V1Signatures(string header)
    {
        var signatures = new List<byte[]>();
        foreach (var entry in header.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var comma = entry.IndexOf(',', StringComparison.Ordinal);
            if (comma < 0 || !entry.AsSpan(0, comma).SequenceEqual(SignatureVersion))
            {
                continue;
            }

            var encoded = entry[(comma + 1)..];
            var buffer = new byte[encoded.Length];
            signatures.Add(Convert.TryFromBase64String(encoded, buffer, out var written) ? buffer[..written] : []);
        }

        return signatures;
    }

    private static string MissingHeadersMessage(string? id, string? timestamp, string? signatureHeader)
    {
        var missing = new List<string>(3);
        if (string.IsNullOrWhiteSpace(id))
        {
            missing.Add(IdHeader);
        }

        if (string.IsNullOrWhiteSpace(timestamp))
        {
            missing.Add(TimestampHeader);
        }

        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            missing.Add(SignatureHeader);
        }

        return missing.Count == 1
            ? $"the {missing[0]} header is missing or blank"
            : $"the {string.Join(" and ", missing)} headers are missing or blank";
    }
}
