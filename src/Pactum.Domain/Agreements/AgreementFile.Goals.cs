using Pactum.Domain.Calculator;
using Pactum.Domain.Files;

namespace Pactum.Domain.Agreements;

/// <content>Reads <c>goals</c>: a written target, or one derived from the goal calculator's inputs (SPEC G1).</content>
public static partial class AgreementFile
{
    private static List<Goal> ReadGoals(YamlMap root, AgreementReferences references)
    {
        var goals = new List<Goal>();
        var ids = new UniqueNames("goal id");
        var maps = Field.Items(root, "goals", AgreementKeys.Goal, required: true).ToList();
        if (root.Get("goals") is YamlDotNet.RepresentationModel.YamlSequenceNode { Children.Count: 0 })
        {
            Field.Error(root, "goals", "an agreement needs at least one goal");
        }

        foreach (var map in maps)
        {
            if (Field.Text(map, "id") is { } written)
            {
                references.AddGoal(written);
            }

            var id = Field.Slug(map, "id");
            var unique = id is not null && ids.Claim(map, "id", id);
            var name = Field.Text(map, "name", required: true);
            var owner = references.Party(map, "owner", allowShared: true);
            var metric = Field.Text(map, "metric", required: true);
            var (target, derivation) = ReadTarget(map);
            var unit = Field.Text(map, "unit", required: map.Has("target") && !map.Has("derive")) ?? (derivation is null ? null : "leads");
            var period = AgreementText.Periods.Read(map, "period", required: true);
            var direction = AgreementText.Directions.Read(map, "direction") ?? GoalDirection.AtLeast;
            var measure = AgreementText.Metrics.Read(map, "measure");
            var description = Field.Text(map, "description");
            if (unique && name is not null && owner is not null && metric is not null && target is not null && unit is not null && period is not null)
            {
                goals.Add(new Goal
                {
                    Id = id!,
                    Name = name,
                    Owner = owner,
                    Metric = metric,
                    Target = target.Value,
                    Unit = unit,
                    Period = period.Value,
                    Direction = direction,
                    MeasuredBy = measure,
                    Description = description,
                    Derivation = derivation,
                });
            }
        }

        return goals;
    }

    private static (decimal? Target, LeadGoal? Derivation) ReadTarget(YamlMap goal)
    {
        var hasTarget = goal.Has("target");
        if (hasTarget && goal.Has("derive"))
        {
            Field.Error(goal, "derive", "write either 'target' (a number) or 'derive' (the calculator's inputs), not both");
            return (null, null);
        }

        if (hasTarget)
        {
            return (Field.Positive(goal, "target", required: true), null);
        }

        var derive = Field.Section(goal, "derive", AgreementKeys.Derive);
        if (derive is null)
        {
            if (!goal.Has("derive"))
            {
                goal.Errors.Add(goal.Node, goal.FieldPath("target"), "is required: write 'target' (a positive number) or 'derive' (quota, marketingShare, dealSize, closeRate)");
            }

            return (null, null);
        }

        var derivation = Derive(derive);
        return (derivation?.LeadsNeeded, derivation);
    }

    private static LeadGoal? Derive(YamlMap derive)
    {
        var quota = derive.Decimal("quota", required: true);
        var share = Field.Fraction(derive, "marketingShare", required: true);
        var dealSize = derive.Decimal("dealSize", required: true);
        var closeRate = Field.Fraction(derive, "closeRate", required: true);
        if (quota is null || share is null || dealSize is null || closeRate is null)
        {
            return null;
        }

        var inputs = new LeadGoalInputs(quota.Value, share.Value, dealSize.Value, closeRate.Value);
        var problems = inputs.Problems();
        foreach (var problem in problems)
        {
            Field.Error(derive, problem.Field, problem.Message);
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var goal = CalculateWithinRange(inputs);
        var outcome = goal switch
        {
            null => "these inputs derive more leads than can be counted; check the quota, the deal size and the close rate",
            { LeadsNeeded: <= 0 } => "these inputs derive a target of 0 leads; the quota and the marketing share must be above 0",
            _ => null,
        };
        if (outcome is null)
        {
            return goal;
        }

        derive.Errors.Add(derive.Node, derive.Path, outcome);
        return null;
    }

    /// <summary>The calculator's result, or null when the inputs are so extreme that a result overflows (e.g. a deal size of 0.0001 on a huge quota).</summary>
    private static LeadGoal? CalculateWithinRange(LeadGoalInputs inputs)
    {
        try
        {
            return LeadGoalCalculator.Calculate(inputs);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
