using Pactum.Domain.Calculator;

namespace Pactum.Server.Features.Calculator;

/// <summary>
/// Recompute the calculator's inputs from what happened in a period (SPEC G3) and show the goal they imply next to
/// the agreed one. The agreed inputs are those of <see cref="LeadGoalQuestion"/>; the actuals are the period's
/// marketing leads, the customers and revenue that came from them, all revenue closed, and the sales-cycle length in
/// days of each won marketing deal.
/// </summary>
public sealed record RecalculationQuestion(
    string? Quota,
    string? MarketingShare,
    string? DealSize,
    string? CloseRate,
    string? MarketingLeads,
    string? MarketingCustomers,
    string? MarketingRevenue,
    string? TotalRevenue,
    IReadOnlyList<string>? SalesCycleDays)
{
    public CalculatorAnswer<GoalRecalculation> Answer()
    {
        var fields = new TextFields();
        var agreed = new LeadGoalQuestion(Quota, MarketingShare, DealSize, CloseRate).Inputs(fields);
        var before = fields.Errors.Count;
        var actuals = new PeriodActuals(
            fields.Count(MarketingLeads, "marketingLeads"),
            fields.Count(MarketingCustomers, "marketingCustomers"),
            fields.Amount(MarketingRevenue, "marketingRevenue"),
            fields.Amount(TotalRevenue, "totalRevenue"),
            (SalesCycleDays ?? []).Select((days, i) => fields.Amount(days, $"salesCycleDays[{i}]")).ToList());
        if (fields.Errors.Count == before)
        {
            fields.AddProblems(actuals.Problems());
        }

        return fields.Errors.Count > 0
            ? CalculatorAnswer<GoalRecalculation>.Invalid(fields.Errors)
            : CalculatorAnswer<GoalRecalculation>.Computed(() => GoalRecalculator.Recalculate(agreed, actuals));
    }
}
