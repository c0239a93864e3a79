using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Pactum.Domain.Time;

/// <summary>
/// Reads and writes spans of elapsed time (not business time) in words: <c>12 hours</c>, <c>30 days</c>,
/// <c>2 weeks</c>, a positive whole number with minutes, hours, days or weeks (singular units too). A day is 24 hours.
/// </summary>
public static partial class DurationText
{
    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what was expected.</summary>
    public static bool TryParse(string? text, out Duration duration, out string error)
    {
        duration = Duration.Zero;
        error = $"'{text}' is not a length of time; write a whole number with minutes, hours, days or weeks (e.g. 12 hours, 30 days)";
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            return false;
        }

        duration = match.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s') switch
        {
            "minute" => Duration.FromMinutes(n),
            "hour" => Duration.FromHours(n),
            "day" => Duration.FromDays(n),
            _ => Duration.FromDays(7 * n),
        };
        return true;
    }

    /// <summary>
    /// <paramref name="duration"/> in its largest whole unit: <c>30 days</c>, <c>12 hours</c>, <c>1 minute</c>
    /// (weeks are written in days); a span that is no whole number of minutes is written in minutes with decimals.
    /// </summary>
    public static string Format(Duration duration)
    {
        var (n, unit) = Parts(duration);
        return n == "1" ? $"1 {unit}" : $"{n} {unit}s";
    }

    /// <summary><paramref name="duration"/> as an adjective, as in "the 90-day window": <c>90-day</c>, <c>12-hour</c>.</summary>
    public static string Adjective(Duration duration)
    {
        var (n, unit) = Parts(duration);
        return $"{n}-{unit}";
    }

    /// <summary>
    /// An age in words, rounded down to its largest unit: <c>90 days</c> from 90 days on, <c>5 hours</c> under a
    /// day, <c>12 minutes</c> under an hour.
    /// </summary>
    public static string Age(Duration age) =>
        age >= Duration.FromDays(1) ? Count((long)age.TotalDays, "day")
        : age >= Duration.FromHours(1) ? Count((long)age.TotalHours, "hour")
        : Count((long)Math.Max(0, age.TotalMinutes), "minute");

    /// <summary>The number and the (singular) unit of <paramref name="duration"/> in its largest whole unit.</summary>
    private static (string Number, string Unit) Parts(Duration duration)
    {
        var ticks = duration.BclCompatibleTicks;
        foreach (var (unit, perUnit) in new[] { ("day", NodaConstants.TicksPerDay), ("hour", NodaConstants.TicksPerHour), ("minute", NodaConstants.TicksPerMinute) })
        {
            if (ticks != 0 && ticks % perUnit == 0)
            {
                return ((ticks / perUnit).ToString(CultureInfo.InvariantCulture), unit);
            }
        }

        return (((decimal)ticks / NodaConstants.TicksPerMinute).ToString("0.##", CultureInfo.InvariantCulture), "minute");
    }

    private static string Count(long n, string unit) => n == 1 ? $"1 {unit}" : $"{n.ToString(CultureInfo.InvariantCulture)} {unit}s";

    [GeneratedRegex(@"^(?<n>\d+)\s*(?<unit>minutes?|hours?|days?|weeks?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
