namespace Pactum.Domain.Calculator;

/// <summary>A goal set as a number of leads, split by the expected mix of quality tiers (SPEC G4).</summary>
/// <param name="Mix">The expected tier mix.</param>
/// <param name="Leads">The leads goal for the period (zero or more).</param>
public sealed record VolumeGoal(LeadMix Mix, long Leads)
{
    /// <summary>Every problem as (field, message): the mix's and the goal's; empty when it can be calculated.</summary>
    public IReadOnlyList<InputProblem> Problems()
    {
        var problems = Mix.Problems().ToList();
        problems.RequireNotNegative("leads", Leads);
        return problems;
    }
}
