using static Pactum.Domain.Calculator.FormulaText;

namespace Pactum.Domain.Calculator;

/// <summary>
/// What happened in one period (a month, quarter or year), the facts the goal inputs are recomputed from (SPEC G3).
/// Money is in the agreement's currency.
/// </summary>
/// <param name="MarketingLeads">Marketing leads in the period (zero or more).</param>
/// <param name="MarketingCustomers">How many of those leads became customers (zero to <paramref name="MarketingLeads"/>).</param>
/// <param name="MarketingRevenue">Revenue closed from those customers (zero or more).</param>
/// <param name="TotalRevenue">All revenue closed in the period, from every source (at least <paramref name="MarketingRevenue"/>).</param>
/// <param name="SalesCycleDays">
/// The sales-cycle length in days (fractions allowed) of each won marketing deal whose length is known: zero or more
/// each, and at most one per customer.
/// </param>
public sealed record PeriodActuals(long MarketingLeads, long MarketingCustomers, decimal MarketingRevenue, decimal TotalRevenue, IReadOnlyList<decimal> SalesCycleDays)
{
    /// <summary>
    /// The revenue closed in the period from marketing leads of any period, when it differs from
    /// <see cref="MarketingRevenue"/> (the revenue of this period's leads, wherever it closed): the marketing share is
    /// this ÷ <see cref="TotalRevenue"/>. Null: the same as <see cref="MarketingRevenue"/>.
    /// </summary>
    public decimal? MarketingRevenueClosed { get; init; }

    /// <summary>The marketing revenue the share is taken of: <see cref="MarketingRevenueClosed"/>, or <see cref="MarketingRevenue"/>.</summary>
    public decimal ShareRevenue => MarketingRevenueClosed ?? MarketingRevenue;

    /// <summary>Every problem with these actuals as (field, message); empty when they can be used.</summary>
    public IReadOnlyList<InputProblem> Problems()
    {
        var problems = new List<InputProblem>();
        var leadsValid = problems.RequireNotNegative("marketingLeads", MarketingLeads);
        if (problems.RequireNotNegative("marketingCustomers", MarketingCustomers) && leadsValid && MarketingCustomers > MarketingLeads)
        {
            problems.Add(new("marketingCustomers", $"cannot be more than the marketing leads they came from ({MarketingCustomers} customers, {MarketingLeads} leads)"));
        }

        if (problems.RequireNotNegative("marketingRevenue", MarketingRevenue) && MarketingRevenue > 0 && MarketingCustomers == 0)
        {
            problems.Add(new("marketingRevenue", $"is {N(MarketingRevenue)} but no marketing lead became a customer"));
        }

        var closedField = MarketingRevenueClosed is null ? "marketingRevenue" : "marketingRevenueClosed";
        if (MarketingRevenueClosed is { } closed)
        {
            problems.RequireNotNegative(closedField, closed);
        }

        if (problems.RequireNotNegative("totalRevenue", TotalRevenue) && ShareRevenue > TotalRevenue)
        {
            problems.Add(new(closedField, $"cannot be more than the total revenue closed ({N(ShareRevenue)} against {N(TotalRevenue)})"));
        }

        for (var i = 0; i < SalesCycleDays.Count; i++)
        {
            problems.RequireNotNegative($"salesCycleDays[{i}]", SalesCycleDays[i]);
        }

        if (MarketingCustomers >= 0 && SalesCycleDays.Count > MarketingCustomers)
        {
            problems.Add(new("salesCycleDays", $"has {SalesCycleDays.Count} lengths but there are {MarketingCustomers} won marketing deals (one length per deal)"));
        }

        return problems;
    }
}
