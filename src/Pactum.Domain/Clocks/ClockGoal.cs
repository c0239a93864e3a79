using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Pactum.Domain.Calendars;

namespace Pactum.Domain.Clocks;

/// <summary>
/// How long a clock allows, on the agreement's calendar: business time (<c>60 minutes</c>, <c>8 hours</c>: open time
/// only), or business days (<c>5 business days</c>: up to the close of the fifth day with open hours, counting the
/// start's own day when the clock starts before that day's last opening ends).
/// </summary>
/// <remarks>
/// Business days are turned into business time once, from the start, on the calendar's weekly hours and holidays;
/// the clock then counts that time like any other, so closures and exclusion windows push the deadline later by the
/// open time they take away. An overnight opening belongs to the day it starts on, as in the calendar.
/// </remarks>
public sealed partial record ClockGoal
{
    private ClockGoal(Duration? businessTime, int? businessDays, string text)
    {
        BusinessTime = businessTime;
        BusinessDays = businessDays;
        Text = text;
    }

    /// <summary>The business time allowed, when the goal is written in minutes or hours.</summary>
    public Duration? BusinessTime { get; }

    /// <summary>The business days allowed, when the goal is written in business days.</summary>
    public int? BusinessDays { get; }

    /// <summary>The goal as written, normalised (e.g. <c>60 minutes</c>).</summary>
    public string Text { get; }

    /// <summary>A goal of <paramref name="minutes"/> business minutes.</summary>
    public static ClockGoal Minutes(int minutes) => new(Duration.FromMinutes(minutes), null, $"{minutes} minutes");

    /// <summary>A goal of <paramref name="days"/> business days.</summary>
    public static ClockGoal Days(int days) => new(null, days, $"{days} business days");

    /// <summary>
    /// Reads <c>N minutes</c>, <c>N hours</c> or <c>N business days</c> (N a positive whole number; singular units too);
    /// false with what was expected otherwise.
    /// </summary>
    public static bool TryParse(string? text, out ClockGoal? goal, out string error)
    {
        goal = null;
        error = $"'{text}' is not a clock goal; write a whole number with minutes, hours or business days (e.g. 60 minutes, 8 hours, 5 business days)";
        var match = GoalText().Match(text?.Trim() ?? "");
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            return false;
        }

        goal = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "minute" or "minutes" => Minutes(n),
            "hour" or "hours" => new ClockGoal(Duration.FromHours(n), null, $"{n} hours"),
            _ => Days(n),
        };
        return true;
    }

    /// <summary>
    /// The business time this goal allows from <paramref name="start"/> on <paramref name="calendar"/>; null when the
    /// calendar has no open day ahead (the goal is unreachable).
    /// </summary>
    public Duration? From(BusinessCalendar calendar, Instant start)
    {
        if (BusinessTime is { } time)
        {
            return time;
        }

        // Open time of the weekly hours, holidays left out, from the start to the close of the N-th day that still has
        // open time after it. The day before the start's date is looked at too: its overnight shift may be running.
        var open = Duration.Zero;
        var counted = 0;
        var date = start.InZone(calendar.Zone).Date.PlusDays(-1);
        for (var searched = 0; searched < 3660 && !calendar.Hours.IsNeverOpen; searched++, date = date.PlusDays(1))
        {
            var spans = calendar.Holidays.Contains(date) ? [] : calendar.Hours.On(date.DayOfWeek).Select(h => OpenSpan(calendar.Zone, date, h)).Where(s => s.End > start).ToList();
            if (spans.Count == 0)
            {
                continue;
            }

            open = spans.Aggregate(open, (sum, s) => sum + (s.End - Instant.Max(s.Start, start)));
            if (++counted == BusinessDays!.Value)
            {
                return open;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>The instants an opening of <paramref name="date"/> spans (local times read leniently, as the calendar does).</summary>
    private static (Instant Start, Instant End) OpenSpan(DateTimeZone zone, LocalDate date, OpenHours hours) =>
        (date.At(hours.Start).InZoneLeniently(zone).ToInstant(), (hours.EndsNextDay ? date.PlusDays(1) : date).At(hours.End).InZoneLeniently(zone).ToInstant());

    [GeneratedRegex(@"^(?<n>\d+)\s*(?<unit>minutes?|hours?|business\s+days?)$", RegexOptions.IgnoreCase)]
    private static partial Regex GoalText();
}
