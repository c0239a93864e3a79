using NodaTime;

namespace Pactum.Domain.Time;

/// <summary>Converts between minutes as people write them (decimal, may be fractional) and NodaTime durations.</summary>
public static class BusinessMinutes
{
    /// <summary>The largest number of minutes accepted: 100 years of round-the-clock time.</summary>
    public const decimal Max = 100m * 366 * 24 * 60;

    /// <summary>
    /// The duration of <paramref name="minutes"/> minutes, to the tick (100 ns); false with a reason when the number
    /// is negative or beyond <see cref="Max"/>.
    /// </summary>
    public static bool TryToDuration(decimal minutes, out Duration duration, out string error)
    {
        duration = Duration.Zero;
        error = "";
        if (minutes < 0 || minutes > Max)
        {
            error = $"minutes must be between 0 and {Max:0} (got {minutes})";
            return false;
        }

        duration = Duration.FromTicks((long)decimal.Round(minutes * NodaConstants.TicksPerMinute));
        return true;
    }

    /// <summary>The duration in minutes, exact to the tick, without trailing zeros (90 s → 1.5).</summary>
    public static decimal FromDuration(Duration duration) =>
        (decimal)duration.BclCompatibleTicks / NodaConstants.TicksPerMinute;
}
