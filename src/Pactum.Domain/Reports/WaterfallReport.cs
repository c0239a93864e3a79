using NodaTime;
using Pactum.Domain.Time;

namespace Pactum.Domain.Reports;

/// <summary>
/// The marketing waterfall (SPEC R1, G2, I5): for each day k of a month of n days, the cumulative goal line k·g/n and
/// the cumulative actual — the leads whose first hand-off in the month falls on day k or before (local days in the
/// report's zone) — with comparison lines and the pace on the day the report is read.
/// </summary>
/// <param name="Month">The month and zone.</param>
/// <param name="Goal">The month's goal g.</param>
/// <param name="Days">One entry per day of the month.</param>
/// <param name="Lines">The comparison lines chosen, each with a value per day.</param>
/// <param name="Pace">Where the month stands on the day it is read; null for a month that has not begun.</param>
public sealed record WaterfallReport(MonthSpan Month, decimal Goal, IReadOnlyList<WaterfallDay> Days, IReadOnlyList<WaterfallLine> Lines, WaterfallPace? Pace)
{
    /// <summary>
    /// The waterfall of <paramref name="month"/> from the leads first handed off on each of its days
    /// (<paramref name="handedOffPerDay"/>[k − 1] for day k; missing days count zero), read on <paramref name="today"/>
    /// (local date in the month's zone): the pace is taken on today for the current month, on the last day for a past
    /// one. Goal-line values are rounded to two places, half away from zero.
    /// </summary>
    public static WaterfallReport Build(MonthSpan month, decimal goal, IReadOnlyList<long> handedOffPerDay, LocalDate today, WaterfallComparisons? comparisons = null)
    {
        var n = month.Days;
        var actual = Cumulative(handedOffPerDay, n);
        var days = Enumerable.Range(1, n).Select(k => new WaterfallDay(k, GoalLine(goal, k, n), actual[k - 1])).ToList();
        var lines = (comparisons ?? WaterfallComparisons.None).Lines(n);
        var first = month.Month.OnDayOfMonth(1);
        WaterfallPace? pace = null;
        if (today >= first)
        {
            var k = today < month.Month.OnDayOfMonth(n) ? today.Day : n;
            var value = actual[k - 1];
            pace = new WaterfallPace(k, value, GoalLine(goal, k, n), Percentiles.Round(value - (k * goal / n)), Percentiles.Round((decimal)value * n / k), goal);
        }

        return new WaterfallReport(month, goal, days, lines, pace);
    }

    /// <summary>The cumulative goal on day <paramref name="k"/> of <paramref name="n"/>: k·g/n, rounded to two places.</summary>
    public static decimal GoalLine(decimal goal, int k, int n) => Percentiles.Round(k * goal / n);

    /// <summary>
    /// Running totals of <paramref name="perDay"/> over <paramref name="days"/> days; a month shorter than
    /// <paramref name="days"/> keeps its last total on the days it does not have.
    /// </summary>
    public static long[] Cumulative(IReadOnlyList<long> perDay, int days)
    {
        var totals = new long[days];
        long sum = 0;
        for (var i = 0; i < days; i++)
        {
            sum += i < perDay.Count ? perDay[i] : 0;
            totals[i] = sum;
        }

        return totals;
    }
}

/// <summary>One day of the waterfall: its number, the cumulative goal and the cumulative actual leads.</summary>
public sealed record WaterfallDay(int Day, decimal Goal, long Actual);

/// <summary>A comparison line: its name (<c>custom-goal</c>, <c>last-month</c>, <c>same-month-last-year</c>, <c>last-three-months</c>) and a value per day.</summary>
public sealed record WaterfallLine(string Name, IReadOnlyList<decimal> Values);

/// <summary>
/// The pace on day <paramref name="Day"/>: <paramref name="Actual"/> leads against the goal line's
/// <paramref name="Line"/>, <paramref name="Ahead"/> leads ahead of it (negative: behind), and the month-end forecast
/// at the pace so far (actual × n ÷ k, two places).
/// </summary>
public sealed record WaterfallPace(int Day, long Actual, decimal Line, decimal Ahead, decimal Forecast, decimal Goal)
{
    /// <summary>The pace in words: <c>62 of 100 on day 18 — 2 ahead of the line; forecast 103 by the month's end</c>.</summary>
    public string Text
    {
        get
        {
            var gap = Math.Abs(Ahead);
            var position = Ahead == 0 ? "on the line" : $"{gap:0.##} {(Ahead > 0 ? "ahead of" : "behind")} the line";
            return string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{Actual} of {Goal:0.##} on day {Day} — {position}; forecast {decimal.Round(Forecast, 0, MidpointRounding.AwayFromZero)} by the month's end");
        }
    }
}
