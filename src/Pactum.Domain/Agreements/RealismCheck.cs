using System.Globalization;
using Pactum.Domain.Calculator;
using Pactum.Domain.Compliance;

namespace Pactum.Domain.Agreements;

/// <summary>
/// Checks before sign-off (SPEC A8): what each availability target implies in downtime (a warning from five nines up,
/// where a misplaced nine is likely), a lead goal far above the best of recent months, follow-up attempts beyond the
/// sales team's capacity (G5), and goals Pactum cannot judge because they name no measure.
/// </summary>
public static class RealismCheck
{
    /// <summary>How far above the best recent month a lead goal may be before it is flagged: 1.5 × the best.</summary>
    public const decimal FarAbove = 1.5m;

    /// <summary>
    /// The findings for <paramref name="agreement"/>: <paramref name="bestRecentMonth"/> is the most leads handed off in
    /// one of the last three months (null when unknown); <paramref name="team"/> the sales team, when given, as reps,
    /// hours per rep a month for marketing leads and minutes an attempt takes.
    /// </summary>
    public static IReadOnlyList<RealismFinding> Of(Agreement agreement, long? bestRecentMonth = null, SalesTeam? team = null)
    {
        var findings = new List<RealismFinding>();
        var judged = JudgedGoal.Of(agreement);
        foreach (var goal in agreement.Goals)
        {
            var metric = judged.FirstOrDefault(j => j.Goal == goal)?.Metric;
            if (goal.Unit == "%" && (metric == GoalMetric.Availability || goal.Metric.Contains("availab", StringComparison.OrdinalIgnoreCase) || goal.Metric.Contains("uptime", StringComparison.OrdinalIgnoreCase) || goal.Name.Contains("availab", StringComparison.OrdinalIgnoreCase))
                && goal.Target is > 0 and < 100)
            {
                var budget = Uptime.Budget(goal.Target / 100m);
                var text = $"{goal.Name}: {N(goal.Target)}% allows about {Duration(budget.PerYear)} of downtime a year ({Duration(budget.PerMonth)} a month).";
                findings.Add(budget.Nines >= 5
                    ? new RealismFinding(goal.Id, RealismLevel.Warning, $"{text} Is that a misplaced nine? Few services can promise that.")
                    : new RealismFinding(goal.Id, RealismLevel.Information, text));
            }

            if (metric == GoalMetric.LeadsHandedOff && bestRecentMonth is { } best && goal.Target > best * FarAbove)
            {
                findings.Add(new RealismFinding(goal.Id, RealismLevel.Warning,
                    $"{goal.Name}: {N(goal.Target)} leads a {goal.Period.ToFileText()} is far above the best of the last three months ({best}); plan how marketing gets there."));
            }

            if (metric is null)
            {
                findings.Add(new RealismFinding(goal.Id, RealismLevel.Information,
                    $"{goal.Name}: no measure Pactum can judge it by; add 'measure' ({string.Join(", ", AgreementText.Metrics.Texts)}) or judge it by hand."));
            }
        }

        if (team is not null && judged.FirstOrDefault(j => j.Metric == GoalMetric.LeadsHandedOff) is { } leads && judged.FirstOrDefault(j => j.Metric == GoalMetric.AttemptsPerLead) is { } attempts)
        {
            var inputs = new SalesCapacityInputs((long)Math.Ceiling(leads.Goal.Target), team.Reps, attempts.Goal.Target, team.MinutesPerAttempt, team.MarketingHoursPerRep);
            if (inputs.Problems().Count == 0 && SalesCapacity.Check(inputs) is { Verdict: CapacityVerdict.OverCapacity } check)
            {
                findings.Add(new RealismFinding(attempts.Goal.Id, RealismLevel.Warning,
                    $"{attempts.Goal.Name}: {N(attempts.Goal.Target)} attempts on each of {check.LeadsPerRep} leads per rep take {N(Math.Round(check.MinutesNeededPerRep / 60, 1))} hours a month; a rep has {N(team.MarketingHoursPerRep)} for marketing leads. The team cannot do that."));
            }
        }

        return findings;
    }

    private static string N(decimal value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

    private static string Duration(decimal seconds) => seconds switch
    {
        < 60 => $"{N(Math.Round(seconds, 1))} seconds",
        < 3600 => $"{N(Math.Round(seconds / 60, 1))} minutes",
        < 86400 => $"{N(Math.Round(seconds / 3600, 1))} hours",
        _ => $"{N(Math.Round(seconds / 86400, 1))} days",
    };
}

/// <summary>A realism finding: the goal it is about, how serious, and what it says.</summary>
public sealed record RealismFinding(string GoalId, RealismLevel Level, string Text);

/// <summary>How serious a realism finding is.</summary>
public enum RealismLevel
{
    /// <summary>Worth knowing (what a target implies).</summary>
    Information,
    /// <summary>Likely a mistake or out of reach.</summary>
    Warning,
}

/// <summary>The sales team a capacity check uses (SPEC G5): reps, hours per rep a month for marketing leads, minutes per attempt.</summary>
public sealed record SalesTeam(int Reps, decimal MarketingHoursPerRep, decimal MinutesPerAttempt);
