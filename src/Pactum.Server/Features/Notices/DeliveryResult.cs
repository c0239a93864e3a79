namespace Pactum.Server.Features.Notices;

/// <summary>
/// What one attempt at a delivery came to: success, the HTTP status (webhooks), the error, a Retry-After the receiver
/// asked for, and whether the failure is final (the target is no longer configured: no retry can succeed).
/// </summary>
public sealed record DeliveryResult(bool Delivered, int? Status, string? Error, NodaTime.Duration? RetryAfter, bool Final = false)
{
    /// <summary>A success.</summary>
    public static DeliveryResult Ok(int? status = null) => new(true, status, null, null);

    /// <summary>A failure.</summary>
    public static DeliveryResult Failed(string error, int? status = null, NodaTime.Duration? retryAfter = null) => new(false, status, error, retryAfter);

    /// <summary>
    /// A failure by whatever an attempt threw that its sender did not foresee (building the message, a bad address, a
    /// fault in a library): the exception's type and message, and its inner exceptions' messages.
    /// </summary>
    public static DeliveryResult Threw(Exception e)
    {
        var messages = new List<string> { $"{e.GetType().Name}: {e.Message}" };
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            messages.Add(inner.Message);
        }

        return Failed(string.Join(" — ", messages));
    }

    /// <summary>A failure no retry can mend.</summary>
    public static DeliveryResult Unsendable(string error) => new(false, null, error, null, Final: true);
}
