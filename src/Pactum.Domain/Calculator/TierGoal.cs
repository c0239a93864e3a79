namespace Pactum.Domain.Calculator;

/// <summary>A goal per quality tier with its total leads and value (SPEC G4).</summary>
/// <param name="Tiers">Each tier's lead goal and value, in the order the tiers were given.</param>
/// <param name="LeadsGoal">
/// The leads goal the tiers were split from: as given for a volume goal, the leads needed for a value goal, the sum
/// of the targets for targets set per tier.
/// </param>
/// <param name="TotalLeads">
/// Σ tier leads. Each tier rounds its share up on its own, so this can be a little above
/// <paramref name="LeadsGoal"/> (100 leads at 1/3 each is 34 + 34 + 34 = 102).
/// </param>
/// <param name="ValueGoal">Σ tier leads × value per lead: the value the tier goals add up to, exact.</param>
/// <param name="Steps">Each result with its formula, in order.</param>
public sealed record TierGoal(IReadOnlyList<TierGoalLine> Tiers, long LeadsGoal, long TotalLeads, decimal ValueGoal, IReadOnlyList<CalculationStep> Steps);
