using Pactum.Domain.Calculator;

namespace Pactum.Domain.Tests.Calculator;

/// <summary>The marketing goal from the sales quota (SPEC G1).</summary>
public sealed class LeadGoalCalculatorTests
{
    [Theory]
    [InlineData(5000, 1, 100, 0.5, 5000, 50, 100)] // SPEC G1 example: Company X
    [InlineData(5050, 1, 100, 0.5, 5050, 51, 102)] // 50.5 customers round up to 51
    [InlineData(5100, 1, 100, 0.3, 5100, 51, 170)] // 51 ÷ 0.3 = 170 exactly: no extra lead
    [InlineData(5000, 1, 100, 0.3, 5000, 50, 167)] // 50 ÷ 0.3 = 166.67 → 167 leads
    [InlineData(10000, 0.6, 250, 0.25, 6000, 24, 96)] // marketing brings 60% of the quota
    [InlineData(0, 1, 100, 0.5, 0, 0, 0)] // no quota, no goal
    [InlineData(5000, 0, 100, 0.5, 0, 0, 0)] // nothing expected from marketing
    [InlineData(1, 1, 100, 1, 1, 1, 1)] // a dollar still needs a whole customer
    public void Calculate_Inputs_RoundsCustomersAndLeadsUp(double quota, double share, double dealSize, double closeRate, double revenueGoal, long customers, long leads)
    {
        var goal = LeadGoalCalculator.Calculate(new((decimal)quota, (decimal)share, (decimal)dealSize, (decimal)closeRate));

        Assert.Equal((decimal)revenueGoal, goal.RevenueGoal);
        Assert.Equal(customers, goal.CustomersNeeded);
        Assert.Equal(leads, goal.LeadsNeeded);
    }

    [Fact]
    public void Calculate_SpecExample_ShowsEachFormula()
    {
        var goal = LeadGoalCalculator.Calculate(new(5000m, 1m, 100m, 0.5m));

        Assert.Equal(
            [new("revenueGoal", "5000 × 1", 5000m), new("customersNeeded", "⌈5000 ÷ 100⌉", 50m), new("leadsNeeded", "⌈50 ÷ 0.5⌉", 100m)],
            goal.Steps);
    }

    [Fact]
    public void Calculate_CloseRateOfAThirdToFullPrecision_DoesNotAddALead()
    {
        // 1/3 as decimal is 0.3333333333333333333333333333, a shade under a third: 50 customers still need 150 leads.
        var goal = LeadGoalCalculator.Calculate(new(5000m, 1m, 100m, 1m / 3m));

        Assert.Equal(150, goal.LeadsNeeded);
    }

    [Fact]
    public void Calculate_InvalidInputs_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => LeadGoalCalculator.Calculate(new(5000m, 1m, 0m, 0.5m)));

        Assert.Contains("dealSize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_EveryBadInput_NamesEachField()
    {
        var problems = new LeadGoalInputs(-1m, 1.5m, 0m, 0m).Problems();

        Assert.Equal(["quota", "marketingShare", "dealSize", "closeRate"], problems.Select(p => p.Field));
    }

    [Fact]
    public void Problems_AbsurdScale_IsRefusedBeforeArithmeticOverflows()
    {
        // 7.9e28 of revenue at deals of 0.0001 would overflow decimal arithmetic: refused as wrong units instead.
        var inputs = new LeadGoalInputs(79_000_000_000_000_000_000_000_000_000m, 1m, 0.0001m, 0.5m);

        var problem = Assert.Single(inputs.Problems());
        Assert.Equal("quota", problem.Field);
        Assert.Contains("same currency unit", problem.Message, StringComparison.Ordinal);
    }
}
