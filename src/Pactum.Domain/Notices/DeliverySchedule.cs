using NodaTime;

namespace Pactum.Domain.Notices;

/// <summary>
/// When a failed delivery of a notice is tried again: exponential backoff from <see cref="FirstDelay"/>, doubling after
/// each failure up to <see cref="LongestDelay"/>, for at least <see cref="GiveUpAfter"/> from the first attempt; a
/// receiver's 429 Retry-After is honoured when it asks for longer. A 410 (Gone) stops at once: the receiver says the
/// endpoint is no more.
/// </summary>
/// <remarks>
/// The delays are 30 s, 1, 2, 4 … 256 min, then 8 h each: a delivery failing every time is tried 13 times, the last
/// about 24.5 hours after the first, before it becomes a dead letter.
/// </remarks>
public static class DeliverySchedule
{
    /// <summary>The delay after the first failure.</summary>
    public static Duration FirstDelay { get; } = Duration.FromSeconds(30);

    /// <summary>The longest delay between two attempts.</summary>
    public static Duration LongestDelay { get; } = Duration.FromHours(8);

    /// <summary>A delivery failing since its first attempt this long ago is not tried again.</summary>
    public static Duration GiveUpAfter { get; } = Duration.FromHours(24);

    /// <summary>The delay after failure number <paramref name="failures"/> (from 1).</summary>
    public static Duration DelayAfter(int failures)
    {
        var ticks = FirstDelay.BclCompatibleTicks;
        for (var i = 1; i < failures && ticks < LongestDelay.BclCompatibleTicks; i++)
        {
            ticks *= 2;
        }

        return Duration.FromTicks(Math.Min(ticks, LongestDelay.BclCompatibleTicks));
    }

    /// <summary>
    /// When to try again after failure number <paramref name="failures"/> at <paramref name="failedAt"/> of a delivery
    /// first tried at <paramref name="firstAttempt"/>; null when it is not tried again (a dead letter).
    /// </summary>
    public static Instant? Next(int failures, Instant firstAttempt, Instant failedAt, int? status, Duration? retryAfter)
    {
        if (status == 410 || failedAt - firstAttempt >= GiveUpAfter)
        {
            return null;
        }

        var delay = DelayAfter(failures);
        if (retryAfter is { } asked && asked > delay)
        {
            delay = asked;
        }

        return failedAt + delay;
    }
}
