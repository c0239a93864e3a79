using static Pactum.Domain.Calculator.FormulaText;

namespace Pactum.Domain.Calculator;

/// <summary>
/// Recomputes the goal inputs from what happened in a period and shows the goal they imply (SPEC G3): close rate =
/// marketing customers ÷ marketing leads; deal size = marketing revenue ÷ marketing customers; marketing share =
/// marketing revenue ÷ total revenue; average sales cycle = Σ lengths ÷ count. Divisions are exact decimal.
/// </summary>
public static class GoalRecalculator
{
    /// <summary>
    /// Recomputes the inputs from <paramref name="actuals"/> and the goal implied by <paramref name="agreed"/>'s
    /// quota with them. A figure whose denominator is zero is absent with the reason (no marketing leads, no marketing
    /// customers, no revenue, no sales-cycle lengths); the implied goal then uses the agreed input instead, as it does
    /// for a recomputed close rate or deal size of 0, and says so in <see cref="GoalRecalculation.Fallbacks"/>. Inputs
    /// or actuals with problems are a bug: throws <see cref="ArgumentException"/>.
    /// </summary>
    public static GoalRecalculation Recalculate(LeadGoalInputs agreed, PeriodActuals actuals)
    {
        InputCheck.ThrowIfAny(agreed.Problems(), nameof(agreed));
        InputCheck.ThrowIfAny(actuals.Problems(), nameof(actuals));

        var steps = new List<CalculationStep>();
        var closeRate = Ratio(steps, "closeRate", actuals.MarketingCustomers, actuals.MarketingLeads, "no marketing leads in the period");
        var dealSize = Ratio(steps, "dealSize", actuals.MarketingRevenue, actuals.MarketingCustomers, "no marketing lead became a customer in the period");
        var share = Ratio(steps, "marketingShare", actuals.ShareRevenue, actuals.TotalRevenue, "no revenue was closed in the period");
        var cycle = Average(steps, actuals.SalesCycleDays);

        var fallbacks = new List<InputFallback>();
        var implied = LeadGoalCalculator.Calculate(agreed with
        {
            CloseRate = Used(fallbacks, closeRate, agreed.CloseRate, "a close rate of 0 (no lead became a customer) reaches no goal"),
            DealSize = Used(fallbacks, dealSize, agreed.DealSize, "a deal size of 0 (the customers brought no revenue) reaches no goal"),
            MarketingShare = Used(fallbacks, share, agreed.MarketingShare, zeroReason: null),
        });
        var agreedGoal = LeadGoalCalculator.Calculate(agreed);
        steps.Add(new("leadsDifference", $"{implied.LeadsNeeded} − {agreedGoal.LeadsNeeded}", implied.LeadsNeeded - agreedGoal.LeadsNeeded));
        return new GoalRecalculation(agreedGoal, closeRate, dealSize, share, cycle, implied, fallbacks, steps);
    }

    private static RecomputedFigure Ratio(List<CalculationStep> steps, string name, decimal numerator, decimal denominator, string reasonWhenNone)
    {
        if (denominator == 0)
        {
            return RecomputedFigure.Absent(name, reasonWhenNone);
        }

        var value = (numerator / denominator).Normalize();
        steps.Add(new(name, $"{N(numerator)} ÷ {N(denominator)}", value));
        return RecomputedFigure.Present(name, value);
    }

    private static RecomputedFigure Average(List<CalculationStep> steps, IReadOnlyList<decimal> days)
    {
        const string name = "averageSalesCycleDays";
        if (days.Count == 0)
        {
            return RecomputedFigure.Absent(name, "no sales-cycle lengths of won marketing deals in the period");
        }

        var sum = days.Sum();
        var value = (sum / days.Count).Normalize();
        steps.Add(new(name, days.Count <= 1 ? N(sum) : $"({Sum(days)}) ÷ {days.Count}", value));
        return RecomputedFigure.Present(name, value);
    }

    /// <summary>The recomputed value, or the agreed one (recorded as a fallback) when absent or a zero that reaches no goal.</summary>
    private static decimal Used(List<InputFallback> fallbacks, RecomputedFigure figure, decimal agreed, string? zeroReason)
    {
        var reason = figure.AbsentReason ?? (figure.Value == 0 ? zeroReason : null);
        if (reason is null)
        {
            return figure.Value!.Value;
        }

        fallbacks.Add(new(figure.Name, agreed, reason));
        return agreed;
    }
}
