namespace Pactum.Domain.Calculator;

/// <summary>
/// Goals by period (SPEC G2): the same goal for a month, a quarter and a year, and the daily and cumulative share of
/// a monthly goal. All arithmetic is exact decimal; only the G1 figures of each period are rounded (up).
/// </summary>
public static class GoalBreakdown
{
    /// <summary>
    /// The goal for a month, a quarter and a year, in that order, when <paramref name="inputs"/>' quota is the quota
    /// for <paramref name="period"/>. Each period's quota is quota × (months in it ÷ months in
    /// <paramref name="period"/>), multiplied before dividing so that whole figures stay whole (a quarterly 15,000 is
    /// 5,000 a month and 60,000 a year); each period's goal is then G1 on that quota. Because every period rounds its
    /// customers and leads up on its own, three monthly goals can add up to more than the quarter's (8,333.33… a month
    /// at $100 deals is 84 customers a month, 252 a quarter, but the quarter needs only 250). Inputs with
    /// <see cref="LeadGoalInputs.Problems"/> are a bug: throws <see cref="ArgumentException"/>.
    /// </summary>
    public static IReadOnlyList<PeriodGoal> Of(LeadGoalInputs inputs, GoalPeriod period)
    {
        InputCheck.ThrowIfAny(inputs.Problems(), nameof(inputs));
        return [.. new[] { GoalPeriod.Month, GoalPeriod.Quarter, GoalPeriod.Year }.Select(target =>
            new PeriodGoal(target, LeadGoalCalculator.Calculate(inputs with { Quota = inputs.Quota * target.Months() / period.Months() })))];
    }

    /// <summary>
    /// The daily share g ÷ n of monthly goal <paramref name="monthlyGoal"/> in a month of
    /// <paramref name="daysInMonth"/> days, exact (not rounded: 100 over 31 days is 3.2258064516129032258064516129).
    /// Any n ≥ 1 is accepted (28–31 are the real months); n &lt; 1 or a negative goal throws
    /// <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    public static decimal DailyGoal(decimal monthlyGoal, int daysInMonth)
    {
        CheckMonth(monthlyGoal, daysInMonth);
        return monthlyGoal / daysInMonth;
    }

    /// <summary>
    /// The cumulative goal line on day <paramref name="day"/> (1-based, 1 ≤ k ≤ n): k·g ÷ n, exact, multiplied before
    /// dividing so that the last day is exactly g. Arguments out of range throw
    /// <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    public static decimal CumulativeGoal(decimal monthlyGoal, int daysInMonth, int day)
    {
        CheckMonth(monthlyGoal, daysInMonth);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, daysInMonth);
        return day * monthlyGoal / daysInMonth;
    }

    /// <summary>
    /// The whole cumulative line: entry k − 1 is <see cref="CumulativeGoal"/> for day k, for k = 1 … n; the last entry
    /// is exactly <paramref name="monthlyGoal"/>.
    /// </summary>
    public static IReadOnlyList<decimal> CumulativeLine(decimal monthlyGoal, int daysInMonth)
    {
        CheckMonth(monthlyGoal, daysInMonth);
        return [.. Enumerable.Range(1, daysInMonth).Select(day => day * monthlyGoal / daysInMonth)];
    }

    private static void CheckMonth(decimal monthlyGoal, int daysInMonth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(monthlyGoal);
        ArgumentOutOfRangeException.ThrowIfLessThan(daysInMonth, 1);
    }
}
