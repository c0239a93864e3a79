using Pactum.Domain.Time;

namespace Pactum.Domain.Reports;

/// <summary>
/// Follow-up depth (SPEC R3, I5) over the leads first handed off in a month that are not yet connected: how many, the
/// average number of attempts they have (two places) against the goal, how many were worked (one attempt or more) and
/// how many not, in all and per rep. Built from the daily aggregates (<see cref="HandOffDay"/>).
/// </summary>
public sealed record DepthReport(MonthSpan Month, decimal? Goal, DepthFigures Total, IReadOnlyList<DepthFigures> ByRep)
{
    /// <summary>The report of the days of <paramref name="month"/> in <paramref name="days"/> (other days are left out).</summary>
    public static DepthReport Build(MonthSpan month, IEnumerable<HandOffDay> days, decimal? goal = null)
    {
        var inMonth = days.Where(d => d.Day.Year == month.Month.Year && d.Day.Month == month.Month.Month).ToList();
        return new DepthReport(
            month, goal, DepthFigures.Of(month.ToString(), inMonth, goal),
            inMonth.GroupBy(d => d.Owner).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => DepthFigures.Of(g.Key, g.ToList(), goal)).ToList());
    }
}

/// <summary>
/// Depth over a group: <see cref="Leads"/> not connected, their <see cref="Attempts"/>, the average per lead (null when
/// none), the leads worked and not worked, and whether the average reaches the goal (null without one).
/// </summary>
public sealed record DepthFigures(string Key, long Leads, long Attempts, decimal? AverageAttempts, long Worked, long NotWorked, bool? MeetsGoal)
{
    internal static DepthFigures Of(string key, IReadOnlyCollection<HandOffDay> days, decimal? goal)
    {
        var leads = days.Sum(d => d.Unconnected);
        var attempts = days.Sum(d => d.UnconnectedAttempts);
        var worked = days.Sum(d => d.UnconnectedWorked);
        decimal? average = leads == 0 ? null : Percentiles.Round((decimal)attempts / leads);
        return new DepthFigures(key, leads, attempts, average, worked, leads - worked, goal is { } g && average is { } a ? a >= g : null);
    }
}
