namespace Pactum.Domain.Calculator;

/// <summary>
/// The goal inputs recomputed from a period's actuals, and the goal they imply next to the agreed one (SPEC G3).
/// </summary>
/// <param name="Agreed">The agreed goal: G1 on the agreed inputs.</param>
/// <param name="CloseRate">Marketing customers ÷ marketing leads.</param>
/// <param name="DealSize">Marketing revenue ÷ marketing customers.</param>
/// <param name="MarketingShare">Marketing revenue ÷ total revenue.</param>
/// <param name="AverageSalesCycleDays">The mean of the sales-cycle lengths, in days (shown; not a G1 input).</param>
/// <param name="Implied">
/// G1 on the agreed quota with the recomputed close rate, deal size and marketing share; each one that is absent or
/// zero (where zero reaches no goal) is replaced by the agreed value and listed in <paramref name="Fallbacks"/>.
/// </param>
/// <param name="Fallbacks">The inputs for which <paramref name="Implied"/> used the agreed value, and why.</param>
/// <param name="Steps">The recomputed figures that are present and the leads difference, each with its formula.</param>
public sealed record GoalRecalculation(
    LeadGoal Agreed,
    RecomputedFigure CloseRate,
    RecomputedFigure DealSize,
    RecomputedFigure MarketingShare,
    RecomputedFigure AverageSalesCycleDays,
    LeadGoal Implied,
    IReadOnlyList<InputFallback> Fallbacks,
    IReadOnlyList<CalculationStep> Steps)
{
    /// <summary>Implied leads needed − agreed leads needed: positive when the actuals say more leads are needed.</summary>
    public long LeadsDifference => Implied.LeadsNeeded - Agreed.LeadsNeeded;
}
