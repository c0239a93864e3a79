using Pactum.Domain.Calculator;

namespace Pactum.Domain.Tests.Calculator;

/// <summary>The goal inputs recomputed from a period's actuals, and the goal they imply (SPEC G3).</summary>
public sealed class GoalRecalculatorTests
{
    /// <summary>Company X's agreed inputs: $5,000 a month, all from marketing, $100 deals, 50% close rate → 100 leads.</summary>
    private static readonly LeadGoalInputs Agreed = new(5000m, 1m, 100m, 0.5m);

    [Fact]
    public void Recalculate_AMonthOfActuals_RecomputesEachInput()
    {
        // 120 leads, 30 customers bringing $4,500 of $6,000 closed; cycles of 30, 40 and 50 days.
        var result = GoalRecalculator.Recalculate(Agreed, new(120, 30, 4500m, 6000m, [30m, 40m, 50m]));

        Assert.Equal(0.25m, result.CloseRate.Value);
        Assert.Equal(150m, result.DealSize.Value);
        Assert.Equal(0.75m, result.MarketingShare.Value);
        Assert.Equal(40m, result.AverageSalesCycleDays.Value);
        Assert.Equal(new("averageSalesCycleDays", "(30 + 40 + 50) ÷ 3", 40m), result.Steps.Single(s => s.Name == "averageSalesCycleDays"));
        Assert.Empty(result.Fallbacks);
    }

    [Fact]
    public void Recalculate_AMonthOfActuals_ImpliesAGoalNextToTheAgreedOne()
    {
        // 120 leads, 20 customers, $2,000 of $8,000: close rate 1/6, deal size $100, share 0.25.
        // Implied: 5000 × 0.25 = 1250; ⌈1250 ÷ 100⌉ = 13 customers; ⌈13 × 6⌉ = 78 leads, 22 fewer than agreed.
        var result = GoalRecalculator.Recalculate(Agreed, new(120, 20, 2000m, 8000m, []));

        Assert.Equal(100, result.Agreed.LeadsNeeded);
        Assert.Equal(1250m, result.Implied.RevenueGoal);
        Assert.Equal(13, result.Implied.CustomersNeeded);
        Assert.Equal(78, result.Implied.LeadsNeeded);
        Assert.Equal(-22, result.LeadsDifference);
        Assert.Equal(new("leadsDifference", "78 − 100", -22m), result.Steps[^1]);
    }

    [Fact]
    public void Recalculate_CloseRateOfAThird_ImpliesExactlyThreeLeadsPerCustomer()
    {
        // 150 leads, 50 customers: 50 customers needed at 1/3 are 150 leads, not 151.
        var result = GoalRecalculator.Recalculate(Agreed, new(150, 50, 5000m, 5000m, []));

        Assert.Equal(150, result.Implied.LeadsNeeded);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, "closeRate", "no marketing leads in the period")] // no leads: no close rate
    [InlineData(10, 0, 0, 500, "dealSize", "no marketing lead became a customer in the period")] // no customers: no deal size
    [InlineData(10, 2, 0, 0, "marketingShare", "no revenue was closed in the period")] // no revenue: no share
    public void Recalculate_ZeroDenominator_FigureIsAbsentAndTheAgreedInputIsUsed(long leads, long customers, double marketingRevenue, double totalRevenue, string field, string reason)
    {
        var result = GoalRecalculator.Recalculate(Agreed, new(leads, customers, (decimal)marketingRevenue, (decimal)totalRevenue, []));

        var figure = new[] { result.CloseRate, result.DealSize, result.MarketingShare }.Single(f => f.Name == field);
        Assert.False(figure.IsPresent);
        Assert.Equal(reason, figure.AbsentReason);
        Assert.Contains(result.Fallbacks, f => f.Field == field && f.Reason == reason);
        Assert.DoesNotContain(result.Steps, s => s.Name == field);
    }

    [Fact]
    public void Recalculate_NoLeads_FallsBackToEveryAgreedInputAndSaysSo()
    {
        var result = GoalRecalculator.Recalculate(Agreed, new(0, 0, 0m, 0m, []));

        Assert.Equal(Agreed, result.Implied.Inputs);
        Assert.Equal(0, result.LeadsDifference);
        Assert.Equal("closeRate: no marketing leads in the period; the agreed 0.5 is used", result.Fallbacks[0].ToString());
        Assert.Equal("no sales-cycle lengths of won marketing deals in the period", result.AverageSalesCycleDays.AbsentReason);
    }

    [Fact]
    public void Recalculate_LeadsButNoCustomers_ShowsAZeroCloseRateButUsesTheAgreedOne()
    {
        // 40 leads, none closed: a close rate of 0 is a fact worth showing, but no number of leads reaches a goal with it.
        var result = GoalRecalculator.Recalculate(Agreed, new(40, 0, 0m, 3000m, []));

        Assert.Equal(0m, result.CloseRate.Value);
        Assert.Equal(0.5m, result.Implied.Inputs.CloseRate);
        Assert.Contains(result.Fallbacks, f => f.Field == "closeRate" && f.Reason.Contains("reaches no goal", StringComparison.Ordinal));
    }

    [Fact]
    public void Recalculate_ZeroMarketingShare_IsUsedAsIs()
    {
        // Customers closed for $0 of $3,000: the share is 0 and the implied goal is no leads (deal size falls back).
        var result = GoalRecalculator.Recalculate(Agreed, new(40, 4, 0m, 3000m, []));

        Assert.Equal(0m, result.Implied.Inputs.MarketingShare);
        Assert.Equal(0, result.Implied.LeadsNeeded);
        Assert.Equal(["dealSize"], result.Fallbacks.Select(f => f.Field));
    }

    [Theory]
    [InlineData(-1, 0, 0, 0, "marketingLeads")] // negative leads
    [InlineData(10, -1, 0, 0, "marketingCustomers")] // negative customers
    [InlineData(10, 11, 0, 0, "marketingCustomers")] // more customers than leads
    [InlineData(10, 5, -1, 0, "marketingRevenue")] // negative marketing revenue
    [InlineData(10, 5, 100, 50, "marketingRevenue")] // marketing revenue above the total
    [InlineData(10, 0, 100, 100, "marketingRevenue")] // revenue from customers there are none of
    [InlineData(10, 5, 0, -1, "totalRevenue")] // negative total
    public void Problems_InconsistentActuals_NameTheField(long leads, long customers, double marketingRevenue, double totalRevenue, string field)
    {
        var problems = new PeriodActuals(leads, customers, (decimal)marketingRevenue, (decimal)totalRevenue, []).Problems();

        Assert.Contains(problems, p => p.Field == field);
    }

    [Fact]
    public void Problems_BadSalesCycles_NameEachOne()
    {
        // A negative length, and three lengths for two won deals.
        var problems = new PeriodActuals(10, 2, 200m, 200m, [5m, -1m, 7m]).Problems();

        Assert.Equal(["salesCycleDays[1]", "salesCycleDays"], problems.Select(p => p.Field));
    }

    [Fact]
    public void Recalculate_InvalidActuals_Throws()
    {
        Assert.Throws<ArgumentException>(() => GoalRecalculator.Recalculate(Agreed, new(1, 2, 0m, 0m, [])));
    }
}
