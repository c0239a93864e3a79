namespace Pactum.Domain.Webhooks;

/// <summary>
/// The outcome of checking an inbound webhook's signature: valid, or a <see cref="WebhookFailure"/> with a message in
/// plain words, fit for the detail of an HTTP 401 problem response. Messages never contain a secret or an expected
/// signature, and never echo header values.
/// </summary>
public sealed record WebhookVerification
{
    private WebhookVerification(WebhookFailure? failure, string message)
    {
        Failure = failure;
        Message = message;
    }

    /// <summary>A verification that passed.</summary>
    public static WebhookVerification Valid { get; } = new(null, "the webhook signature is valid");

    /// <summary>True when the webhook is authentic and fresh; exactly when <see cref="Failure"/> is <see langword="null"/>.</summary>
    public bool IsValid => Failure is null;

    /// <summary>Why the webhook was refused; <see langword="null"/> when it is valid.</summary>
    public WebhookFailure? Failure { get; }

    /// <summary>What happened, in plain words (e.g. "the webhook-timestamp is 301 seconds older than now; at most 300 are allowed").</summary>
    public string Message { get; }

    /// <summary>A refused webhook; <paramref name="message"/> must not contain secrets or expected signatures.</summary>
    internal static WebhookVerification Fail(WebhookFailure failure, string message) => new(failure, message);
}
