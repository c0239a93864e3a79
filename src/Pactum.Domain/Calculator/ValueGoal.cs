namespace Pactum.Domain.Calculator;

/// <summary>A goal set as lead value instead of volume (SPEC G4): the total worth of the period's leads at a tier mix.</summary>
/// <param name="Mix">The expected tier mix.</param>
/// <param name="Value">The value goal for the period, in the agreement's currency (zero or more).</param>
public sealed record ValueGoal(LeadMix Mix, decimal Value)
{
    /// <summary>
    /// Every problem as (field, message): the mix's, a negative goal, and a positive goal that a mix worth nothing per
    /// lead can never reach; empty when it can be calculated.
    /// </summary>
    public IReadOnlyList<InputProblem> Problems()
    {
        var problems = Mix.Problems().ToList();
        var mixIsValid = problems.Count == 0;
        if (problems.RequireNotNegative("value", Value) && Value > 0 && mixIsValid && Mix.ValuePerLead == 0)
        {
            problems.Add(new("value", "cannot be reached: the mix's leads are worth nothing"));
        }

        return problems;
    }
}
