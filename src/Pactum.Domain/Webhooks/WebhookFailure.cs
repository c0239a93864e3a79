namespace Pactum.Domain.Webhooks;

/// <summary>
/// Why an inbound webhook was refused. Each is an expected failure (a bad or forged request), answered with
/// HTTP 401, never an exception.
/// </summary>
public enum WebhookFailure
{
    /// <summary>The <c>webhook-id</c>, <c>webhook-timestamp</c> or <c>webhook-signature</c> header is missing or blank.</summary>
    MissingHeaders,

    /// <summary>The <c>webhook-timestamp</c> header is not a whole, non-negative number of Unix seconds.</summary>
    BadTimestamp,

    /// <summary>The timestamp is more than <see cref="StandardWebhook.Tolerance"/> before "now" (a possible replay).</summary>
    TooOld,

    /// <summary>The timestamp is more than <see cref="StandardWebhook.Tolerance"/> after "now".</summary>
    TooNew,

    /// <summary>The <c>webhook-signature</c> header holds no <c>v1,</c> signature (only other versions, or nothing usable).</summary>
    NoSignature,

    /// <summary>No <c>v1</c> signature in the header matches the content signed with any of the secrets.</summary>
    SignatureMismatch,
}
