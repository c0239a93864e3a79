using Pactum.Domain.Calculator;

namespace Pactum.Server.Features.Calculator;

/// <summary>
/// The marketing goal as the API, the page and <c>pactum calc --json</c> show it (SPEC I1): the goal for the quota's
/// period, the daily goal of a month of <see cref="Days"/> days, the cumulative goal line, the breakdown by month,
/// quarter and year, and the formula of each step. Daily and cumulative figures are rounded to two decimals for
/// display; the whole-number goals are exact (rounded up by the calculator).
/// </summary>
public sealed record LeadGoalAnswer(
    decimal RevenueGoal,
    long CustomersNeeded,
    long LeadsNeeded,
    decimal DailyGoal,
    int Days,
    string Period,
    LeadGoalInputs Inputs,
    IReadOnlyList<CalculationStep> Steps,
    IReadOnlyList<PeriodFigures> Breakdown,
    IReadOnlyList<decimal> CumulativeGoal)
{
    /// <summary>Builds the answer for valid <paramref name="inputs"/> whose quota is for <paramref name="period"/>.</summary>
    public static LeadGoalAnswer From(LeadGoalInputs inputs, GoalPeriod period, int days)
    {
        var goal = LeadGoalCalculator.Calculate(inputs);
        var breakdown = GoalBreakdown.Of(inputs, period);
        var monthlyLeads = breakdown.Single(b => b.Period == GoalPeriod.Month).Goal.LeadsNeeded;
        return new LeadGoalAnswer(
            goal.RevenueGoal,
            goal.CustomersNeeded,
            goal.LeadsNeeded,
            Display(GoalBreakdown.DailyGoal(monthlyLeads, days)),
            days,
            PeriodName(period),
            inputs,
            goal.Steps,
            breakdown.Select(b => new PeriodFigures(PeriodName(b.Period), b.Goal.Inputs.Quota.Normalize(), b.Goal.RevenueGoal, b.Goal.CustomersNeeded, b.Goal.LeadsNeeded)).ToList(),
            GoalBreakdown.CumulativeLine(monthlyLeads, days).Select(Display).ToList());
    }

    /// <summary>The period's name as written in files and options: month, quarter, year.</summary>
    public static string PeriodName(GoalPeriod period) => period.ToString().ToLowerInvariant();

    private static decimal Display(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero).Normalize();
}

/// <summary>The goal for one period of the breakdown.</summary>
public sealed record PeriodFigures(string Period, decimal Quota, decimal RevenueGoal, long CustomersNeeded, long LeadsNeeded);
