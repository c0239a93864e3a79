using Pactum.Domain.Calculator;

namespace Pactum.Server.Features.Calculator;

/// <summary>
/// Goals per lead tier and by value (SPEC G4). Either every tier has a value per lead and a share of the lead mix and
/// the goal is a number of <see cref="Leads"/> or a <see cref="Value"/>; or every tier states its own target
/// (<see cref="TierRow.Leads"/>) and the totals follow.
/// </summary>
public sealed record TierQuestion(IReadOnlyList<TierRow>? Tiers, string? Leads = null, string? Value = null)
{
    public CalculatorAnswer<TierGoal> Answer()
    {
        var fields = new TextFields();
        var rows = Tiers ?? [];
        if (rows.Count == 0)
        {
            return CalculatorAnswer<TierGoal>.Invalid(["tiers: is required (at least one tier with a name and a value per lead)"]);
        }

        var byTarget = rows.All(r => !string.IsNullOrWhiteSpace(r.Leads) && string.IsNullOrWhiteSpace(r.Share));
        var goal = byTarget ? Targets(rows, fields) : Mix(rows, fields);
        return goal is null || fields.Errors.Count > 0 ? CalculatorAnswer<TierGoal>.Invalid(fields.Errors) : CalculatorAnswer<TierGoal>.Ok(goal);
    }

    private static TierGoal? Targets(IReadOnlyList<TierRow> rows, TextFields fields)
    {
        var targets = new TierTargets(rows.Select((r, i) => new TierTarget(r.Name?.Trim() ?? "", fields.Amount(r.ValuePerLead, $"tiers[{i}].valuePerLead"), fields.Count(r.Leads, $"tiers[{i}].leads"))).ToList());
        if (fields.Errors.Count == 0)
        {
            fields.AddProblems(targets.Problems());
        }

        return fields.Errors.Count == 0 ? TierGoalCalculator.Calculate(targets) : null;
    }

    private TierGoal? Mix(IReadOnlyList<TierRow> rows, TextFields fields)
    {
        var mix = new LeadMix(rows.Select((r, i) => new LeadTier(r.Name?.Trim() ?? "", fields.Amount(r.ValuePerLead, $"tiers[{i}].valuePerLead"), fields.Share(r.Share, $"tiers[{i}].share"))).ToList());
        var hasLeads = !string.IsNullOrWhiteSpace(Leads);
        var hasValue = !string.IsNullOrWhiteSpace(Value);
        if (hasLeads == hasValue)
        {
            fields.Errors.Add(hasLeads ? "leads: give a leads goal or a value goal, not both" : "leads: give a leads goal or a value goal (or a target per tier)");
            return null;
        }

        if (hasLeads)
        {
            var volume = new VolumeGoal(mix, fields.Count(Leads, "leads"));
            return Checked(volume.Problems(), fields) ? TierGoalCalculator.Calculate(volume) : null;
        }

        var value = new ValueGoal(mix, fields.Amount(Value, "value"));
        return Checked(value.Problems(), fields) ? TierGoalCalculator.Calculate(value) : null;
    }

    private static bool Checked(IReadOnlyList<InputProblem> problems, TextFields fields)
    {
        if (fields.Errors.Count == 0)
        {
            fields.AddProblems(problems);
        }

        return fields.Errors.Count == 0;
    }
}

/// <summary>One lead tier: its name and value per lead, with its share of the mix or its own target.</summary>
public sealed record TierRow(string? Name, string? ValuePerLead, string? Share = null, string? Leads = null);
