using static Pactum.Domain.Calculator.FormulaText;

namespace Pactum.Domain.Calculator;

/// <summary>
/// Goals per lead quality tier, by volume or by value (SPEC G4). Tier leads are whole: a tier's share of a leads goal
/// is rounded up (⌈leads × share⌉), and the leads a value goal needs are rounded up (⌈value ÷ value per lead at the
/// mix⌉), so the tier goals always reach the goal they were split from. Values are exact decimal.
/// </summary>
public static class TierGoalCalculator
{
    /// <summary>
    /// Splits a leads goal by the mix: tier leads = ⌈leads × share⌉; value goal = Σ tier leads × value per lead.
    /// A goal with <see cref="VolumeGoal.Problems"/> is a bug: throws <see cref="ArgumentException"/>.
    /// </summary>
    public static TierGoal Calculate(VolumeGoal goal)
    {
        InputCheck.ThrowIfAny(goal.Problems(), nameof(goal));
        return Split(goal.Mix, goal.Leads, []);
    }

    /// <summary>
    /// The leads a value goal needs at the mix: ⌈value ÷ Σ(share × value per lead)⌉, then split as
    /// <see cref="Calculate(VolumeGoal)"/>; the tiers' value reaches at least the goal. A goal with
    /// <see cref="ValueGoal.Problems"/> is a bug: throws <see cref="ArgumentException"/>.
    /// </summary>
    public static TierGoal Calculate(ValueGoal goal)
    {
        InputCheck.ThrowIfAny(goal.Problems(), nameof(goal));
        var perLead = goal.Mix.ValuePerLead;
        var leads = goal.Value == 0 ? 0 : WholeNumbers.Up(goal.Value / perLead);
        var terms = string.Join(" + ", goal.Mix.Tiers.Select(t => $"{N(t.Share)} × {N(t.ValuePerLead)}"));
        CalculationStep[] steps =
        [
            new("valuePerLead", terms, perLead),
            new("leadsNeeded", $"⌈{N(goal.Value)} ÷ {N(perLead)}⌉", leads),
        ];
        return Split(goal.Mix, leads, steps);
    }

    /// <summary>
    /// Totals targets set per tier: total leads = Σ targets; value goal = Σ target × value per lead. Targets with
    /// <see cref="TierTargets.Problems"/> are a bug: throws <see cref="ArgumentException"/>.
    /// </summary>
    public static TierGoal Calculate(TierTargets targets)
    {
        InputCheck.ThrowIfAny(targets.Problems(), nameof(targets));
        var lines = targets.Targets.Select(t => Line(t.Name, t.ValuePerLead, t.Leads)).ToList();
        return Total(lines, lines.Sum(l => l.Leads), []);
    }

    private static TierGoal Split(LeadMix mix, long leads, IReadOnlyList<CalculationStep> before)
    {
        var steps = before.ToList();
        var lines = new List<TierGoalLine>();
        foreach (var tier in mix.Tiers)
        {
            var line = Line(tier.Name, tier.ValuePerLead, (long)decimal.Ceiling(leads * tier.Share));
            steps.Add(new($"leads[{tier.Name}]", $"⌈{leads} × {N(tier.Share)}⌉", line.Leads));
            lines.Add(line);
        }

        return Total(lines, leads, steps);
    }

    private static TierGoalLine Line(string name, decimal valuePerLead, long leads) =>
        new(name, valuePerLead, leads, (leads * valuePerLead).Normalize());

    private static TierGoal Total(List<TierGoalLine> lines, long leadsGoal, IReadOnlyList<CalculationStep> before)
    {
        var totalLeads = lines.Sum(l => l.Leads);
        var value = lines.Sum(l => l.Value).Normalize();
        CalculationStep[] totals =
        [
            new("totalLeads", string.Join(" + ", lines.Select(l => l.Leads)), totalLeads),
            new("valueGoal", string.Join(" + ", lines.Select(l => $"{l.Leads} × {N(l.ValuePerLead)}")), value),
        ];
        return new TierGoal(lines, leadsGoal, totalLeads, value, [.. before, .. totals]);
    }
}
