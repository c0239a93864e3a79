namespace Pactum.Domain.Calculator;

/// <summary>Lead targets set directly per quality tier (SPEC G4), instead of a total split by a mix.</summary>
/// <param name="Targets">One target per tier, in display order (at least one).</param>
public sealed record TierTargets(IReadOnlyList<TierTarget> Targets)
{
    /// <summary>Every problem as (field, message); empty when the targets can be totalled.</summary>
    public IReadOnlyList<InputProblem> Problems()
    {
        var problems = new List<InputProblem>();
        TierChecks.NamesAndValues("targets", [.. Targets.Select(t => (t.Name, t.ValuePerLead))], problems);
        for (var i = 0; i < Targets.Count; i++)
        {
            problems.RequireNotNegative($"targets[{i}].leads", Targets[i].Leads);
        }

        return problems;
    }
}
