using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Calendars;
using Pactum.Domain.Reports;

namespace Pactum.Domain.Compliance;

/// <summary>
/// Judges a goal for one period from its daily figures (SPEC P1, A6), as a pure function of the goal, the period, the
/// figures, the exclusion windows and "now".
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The period is the local days [<c>from</c>, <c>to</c>] in <c>zone</c>; it is over when <c>now</c> is at or after
/// the start of the day after <c>to</c>. The days so far are those that started before <c>now</c>.</item>
/// <item>A day is excluded when an exclusion window [from, to) overlaps any part of it: its figures are left out, and a
/// <see cref="GoalMeasure.Total"/> target is scaled to the share of days judged (target × judged ÷ all days).</item>
/// <item>A total is forecast at its pace: actual × judged days in all ÷ judged days so far. An average is forecast
/// to stay where it is.</item>
/// <item>Met: at least the target (<see cref="GoalDirection.AtLeast"/>) or at most it (<see cref="GoalDirection.AtMost"/>),
/// compared on values rounded to two places. An average with nothing measured in a finished period is met when it is
/// a ceiling (nothing was late) and missed when it is a floor.</item>
/// </list>
/// </remarks>
public static class GoalJudge
{
    /// <summary>The verdict of <paramref name="goal"/> over the local days [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static GoalVerdict Judge(
        Goal goal, GoalMeasure measure, LocalDate from, LocalDate to, DateTimeZone zone, IEnumerable<DayFigure> figures,
        IReadOnlyList<Closure> exclusions, Instant now)
    {
        var days = Enumerable.Range(0, Period.DaysBetween(from, to) + 1).Select(from.PlusDays).ToList();
        Instant Start(LocalDate day) => day.AtStartOfDayInZone(zone).ToInstant();
        var overlapping = exclusions.Where(e => e.From < Start(to.PlusDays(1)) && e.To > Start(from)).ToList();
        var excluded = days.Where(d => overlapping.Any(e => e.From < Start(d.PlusDays(1)) && e.To > Start(d))).ToList();
        var judged = days.Except(excluded).ToHashSet();
        var soFar = judged.Count(d => Start(d) < now);
        var over = now >= Start(to.PlusDays(1));
        var counted = figures.Where(f => judged.Contains(f.Day) && Start(f.Day) < now).ToList();

        var target = measure == GoalMeasure.Total && days.Count > 0 ? Percentiles.Round(goal.Target * judged.Count / days.Count) : goal.Target;
        decimal? actual = measure == GoalMeasure.Total
            ? Percentiles.Round(counted.Sum(f => f.Total))
            : counted.Sum(f => f.Count) is var n and > 0 ? Percentiles.Round(counted.Sum(f => f.Total) / n) : null;
        decimal? forecast = over || measure == GoalMeasure.Average ? actual
            : soFar == 0 ? null : Percentiles.Round(actual!.Value * judged.Count / soFar);

        var state = judged.Count == 0 ? VerdictState.Excluded
            : over ? (Meets(goal.Direction, actual, target) ? VerdictState.Met : VerdictState.Missed)
            : forecast is null || Meets(goal.Direction, forecast, target) ? VerdictState.OnTrack : VerdictState.AtRisk;
        return new GoalVerdict(goal.Id, goal.Owner, from, to, goal.Direction, target, actual, forecast, state, (soFar, judged.Count), excluded, overlapping);
    }

    private static bool Meets(GoalDirection direction, decimal? value, decimal target) => value is { } v
        ? direction == GoalDirection.AtLeast ? v >= target : v <= target
        : direction == GoalDirection.AtMost;
}
