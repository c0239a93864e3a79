using System.Globalization;

namespace Pactum.Domain.Calculator;

/// <summary>
/// The marketing goal from the sales quota (SPEC G1): revenue goal = quota × marketing share; customers needed =
/// ⌈revenue goal ÷ deal size⌉; leads needed = ⌈customers needed ÷ close rate⌉. Rounding is up, to whole customers
/// and whole leads, because a fraction of a customer cannot be closed: a goal rounded down would be missed by design.
/// </summary>
public static class LeadGoalCalculator
{
    /// <summary>
    /// Calculates the goal. <paramref name="inputs"/> must have no <see cref="LeadGoalInputs.Problems"/>; calling with
    /// invalid inputs is a bug and throws <see cref="ArgumentException"/>.
    /// </summary>
    public static LeadGoal Calculate(LeadGoalInputs inputs)
    {
        var problems = inputs.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Invalid calculator inputs: {string.Join("; ", problems)}", nameof(inputs));
        }

        var revenueGoal = (inputs.Quota * inputs.MarketingShare).Normalize();
        var customers = (long)decimal.Ceiling(revenueGoal / inputs.DealSize);
        var leads = (long)decimal.Ceiling(customers / inputs.CloseRate);
        var steps = new List<CalculationStep>
        {
            new("revenueGoal", $"{N(inputs.Quota)} × {N(inputs.MarketingShare)}", revenueGoal),
            new("customersNeeded", $"⌈{N(revenueGoal)} ÷ {N(inputs.DealSize)}⌉", customers),
            new("leadsNeeded", $"⌈{N(customers)} ÷ {N(inputs.CloseRate)}⌉", leads),
        };
        return new LeadGoal(inputs, revenueGoal, customers, leads, steps);
    }

    /// <summary>A number as written in formulas: invariant culture, no trailing zeros.</summary>
    internal static string N(decimal value) => value.Normalize().ToString(CultureInfo.InvariantCulture);
}
