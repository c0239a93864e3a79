using NodaTime;
using Pactum.Domain.Calculator;
using Pactum.Domain.Leads;
using Pactum.Domain.Time;

namespace Pactum.Domain.Reports;

/// <summary>
/// The monthly metrics sheet (SPEC R7, G3): a row per month with the marketing leads (first handed off in the month,
/// local, the report's zone), how many of them became customers and their revenue, the revenue closed in the month from
/// marketing leads of any month, all revenue closed in the month, the average sales-cycle length of that month's
/// marketing leads that became customers, and — when the agreed goal was derived from calculator inputs — the inputs
/// recomputed from the month with the goal they imply next to the agreed one.
/// </summary>
/// <remarks>
/// A lead is a marketing lead once it has been handed off to sales; revenue closed "in the month" is by the deal's
/// <c>deal_won</c> instant. A sales cycle runs from the lead's creation (its first hand-off when no creation is known)
/// to its won deal, in days (two places).
/// </remarks>
public sealed record MetricsSheet(IReadOnlyList<MetricsMonth> Months, LeadGoalInputs? Agreed)
{
    /// <summary>The sheet of <paramref name="months"/> from <paramref name="leads"/> (all leads that may count in any of them).</summary>
    public static MetricsSheet Build(IReadOnlyList<MonthSpan> months, IEnumerable<LeadSummary> leads, LeadGoalInputs? agreed)
    {
        var all = leads.ToList();
        return new MetricsSheet(months.Select(m => MetricsMonth.Of(m, all, agreed)).ToList(), agreed);
    }
}

/// <summary>One month of the metrics sheet (see <see cref="MetricsSheet"/>).</summary>
public sealed record MetricsMonth(
    MonthSpan Month, long MarketingLeads, long BecameCustomers, decimal RevenueFromThem, decimal MarketingRevenueClosed,
    decimal TotalRevenueClosed, decimal? AverageSalesCycleDays, GoalRecalculation? Recalculated)
{
    internal static MetricsMonth Of(MonthSpan month, IReadOnlyList<LeadSummary> leads, LeadGoalInputs? agreed)
    {
        var cohort = leads.Where(l => l.FirstHandOff is { } at && month.Contains(at)).ToList();
        var customers = cohort.Where(SourceReport.Customer).ToList();
        var revenue = customers.Sum(l => l.Milestones.Deal!.Amount ?? 0m);
        var closed = leads.Where(l => l.Milestones.Deal is { Won: true } d && month.Contains(d.At)).ToList();
        var marketingClosed = closed.Where(l => l.FirstHandOff is not null).Sum(l => l.Milestones.Deal!.Amount ?? 0m);
        var total = closed.Sum(l => l.Milestones.Deal!.Amount ?? 0m);
        var cycles = customers.Select(l => Percentiles.Round((decimal)(l.Milestones.Deal!.At - (l.CreatedAt ?? l.FirstHandOff!.Value)).BclCompatibleTicks / NodaConstants.TicksPerDay))
            .Select(d => Math.Max(0m, d)).ToList();
        var actuals = new PeriodActuals(cohort.Count, customers.Count, revenue, total, cycles) { MarketingRevenueClosed = marketingClosed };
        var recalculated = agreed is not null && actuals.Problems().Count == 0 ? GoalRecalculator.Recalculate(agreed, actuals) : null;
        return new MetricsMonth(month, cohort.Count, customers.Count, revenue, marketingClosed, total, Percentiles.Average(cycles), recalculated);
    }
}
