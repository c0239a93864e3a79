using FsCheck;
using FsCheck.Fluent;
using Pactum.Domain.Calculator;

namespace Pactum.Domain.Tests.Calculator;

/// <summary>Laws of the G1 goal that hold for every valid input: rounding up never leaves the goal short.</summary>
public sealed class LeadGoalPropertyTests
{
    /// <summary>Valid inputs as people enter them: money in cents, shares and rates in hundredths of a percent.</summary>
    private static readonly Arbitrary<LeadGoalInputs> Inputs =
        (from quotaCents in Gen.Choose(0, int.MaxValue)
         from shareBasisPoints in Gen.Choose(0, 10_000)
         from dealCents in Gen.Choose(1, 100_000_000)
         from closeBasisPoints in Gen.Choose(1, 10_000)
         select new LeadGoalInputs(quotaCents / 100m, shareBasisPoints / 10_000m, dealCents / 100m, closeBasisPoints / 10_000m))
        .ToArbitrary();

    [Fact]
    public void Calculate_AnyValidInputs_LeadsTimesCloseRateCoverTheCustomers()
    {
        // leads needed × close rate ≥ customers needed, and customers needed × deal size ≥ revenue goal.
        Prop.ForAll(Inputs, inputs =>
        {
            var goal = LeadGoalCalculator.Calculate(inputs);
            return (goal.LeadsNeeded * inputs.CloseRate >= goal.CustomersNeeded && goal.CustomersNeeded * inputs.DealSize >= goal.RevenueGoal)
                .Label($"{inputs} → {goal.CustomersNeeded} customers, {goal.LeadsNeeded} leads");
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Calculate_AnyValidInputs_OneLeadFewerWouldFallShort()
    {
        // The goal is the least that works: one lead or customer fewer would not reach it.
        Prop.ForAll(Inputs, inputs =>
        {
            var goal = LeadGoalCalculator.Calculate(inputs);
            var leanest = (goal.LeadsNeeded == 0 || (goal.LeadsNeeded - 1) * inputs.CloseRate < goal.CustomersNeeded)
                && (goal.CustomersNeeded == 0 || (goal.CustomersNeeded - 1) * inputs.DealSize < goal.RevenueGoal);
            return leanest.Label($"{inputs} → {goal.CustomersNeeded} customers, {goal.LeadsNeeded} leads");
        }).QuickCheckThrowOnFailure();
    }
}
