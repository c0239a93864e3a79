using NodaTime;
using Pactum.Domain.Agreements;

namespace Pactum.Domain.Compliance;

/// <summary>
/// Evaluates an agreement's cancellation conditions over its finished verdicts (SPEC P3), after each new verdict.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="GoalsMissedInARow"/>(n) holds when some goal's last n finished periods are all missed; periods
/// wholly excluded are skipped, not counted as met.</item>
/// <item><see cref="StrikesWithin"/>(n, period) holds when n missed verdicts (strikes, SPEC P2) end within the
/// calendar period (week, month, quarter, year) of the latest verdict; with no period, within the whole history.</item>
/// <item>The agreement is flagged when a condition holds now and did not before the latest verdicts
/// (<see cref="NewlyHolding"/>), so a condition that keeps holding is reported once.</item>
/// </list>
/// </remarks>
public static class CancellationCheck
{
    /// <summary>The conditions of <paramref name="cancellation"/> that hold over <paramref name="verdicts"/> (any order).</summary>
    public static IReadOnlyList<CancellationFinding> Holding(Cancellation cancellation, IEnumerable<GoalVerdict> verdicts)
    {
        var finished = verdicts.Where(v => v.State is VerdictState.Met or VerdictState.Missed).OrderBy(v => v.To).ThenBy(v => v.GoalId, StringComparer.Ordinal).ToList();
        var findings = new List<CancellationFinding>();
        foreach (var condition in cancellation.Conditions)
        {
            var evidence = condition switch
            {
                GoalsMissedInARow inARow => finished.GroupBy(v => v.GoalId)
                    .Select(g => g.TakeLast(inARow.Count).ToList())
                    .FirstOrDefault(last => last.Count == inARow.Count && last.All(v => v.IsMiss)),
                StrikesWithin strikes => StrikesIn(finished, strikes) is { } inPeriod && inPeriod.Count >= strikes.Count ? inPeriod : null,
                _ => null,
            };
            if (evidence is not null)
            {
                findings.Add(new CancellationFinding(condition, evidence));
            }
        }

        return findings;
    }

    /// <summary>
    /// The conditions that hold over <paramref name="after"/> but did not over <paramref name="before"/> (the verdicts
    /// without the latest ones): what to flag and notify now.
    /// </summary>
    public static IReadOnlyList<CancellationFinding> NewlyHolding(Cancellation cancellation, IReadOnlyCollection<GoalVerdict> before, IReadOnlyCollection<GoalVerdict> after)
    {
        var held = Holding(cancellation, before).Select(f => f.Condition).ToHashSet();
        return Holding(cancellation, after).Where(f => !held.Contains(f.Condition)).ToList();
    }

    private static List<GoalVerdict>? StrikesIn(IReadOnlyList<GoalVerdict> finished, StrikesWithin strikes)
    {
        if (finished.Count == 0)
        {
            return null;
        }

        var misses = finished.Where(v => v.IsMiss);
        if (strikes.Within is { } period)
        {
            var latest = finished[^1].To;
            misses = misses.Where(v => SamePeriod(v.To, latest, period));
        }

        return misses.ToList();
    }

    private static bool SamePeriod(LocalDate a, LocalDate b, EvaluationPeriod period) => period switch
    {
        EvaluationPeriod.Day => a == b,
        EvaluationPeriod.Week => a.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)) == b.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)),
        EvaluationPeriod.Month => a.Year == b.Year && a.Month == b.Month,
        EvaluationPeriod.Quarter => a.Year == b.Year && (a.Month - 1) / 3 == (b.Month - 1) / 3,
        _ => a.Year == b.Year,
    };
}
