using static Pactum.Domain.Calculator.FormulaText;

namespace Pactum.Domain.Calculator;

/// <summary>
/// The marketing goal from the sales quota (SPEC G1): revenue goal = quota × marketing share; customers needed =
/// ⌈revenue goal ÷ deal size⌉; leads needed = ⌈customers needed ÷ close rate⌉. Rounding is up, to whole customers
/// and whole leads, because a fraction of a customer cannot be closed: a goal rounded down would be missed by design.
/// Each quotient is first rounded to 20 decimal places (far below a cent or a lead), so a rate carried to decimal's
/// full precision — a recomputed close rate of 1/3 is 0.3333333333333333333333333333 — does not add a whole customer
/// or lead from its 28th digit (50 customers at 1/3 need 150 leads, not 151).
/// </summary>
public static class LeadGoalCalculator
{
    /// <summary>
    /// Calculates the goal. <paramref name="inputs"/> must have no <see cref="LeadGoalInputs.Problems"/>; calling with
    /// invalid inputs is a bug and throws <see cref="ArgumentException"/>.
    /// </summary>
    public static LeadGoal Calculate(LeadGoalInputs inputs)
    {
        InputCheck.ThrowIfAny(inputs.Problems(), nameof(inputs));

        var revenueGoal = (inputs.Quota * inputs.MarketingShare).Normalize();
        var customers = WholeNumbers.Up(revenueGoal / inputs.DealSize);
        var leads = WholeNumbers.Up(customers / inputs.CloseRate);
        var steps = new List<CalculationStep>
        {
            new("revenueGoal", $"{N(inputs.Quota)} × {N(inputs.MarketingShare)}", revenueGoal),
            new("customersNeeded", $"⌈{N(revenueGoal)} ÷ {N(inputs.DealSize)}⌉", customers),
            new("leadsNeeded", $"⌈{N(customers)} ÷ {N(inputs.CloseRate)}⌉", leads),
        };
        return new LeadGoal(inputs, revenueGoal, customers, leads, steps);
    }
}
