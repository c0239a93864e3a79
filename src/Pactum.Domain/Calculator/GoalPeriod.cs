namespace Pactum.Domain.Calculator;

/// <summary>The period a goal or quota is set for (SPEC G2). A year is 12 months or 4 quarters; a quarter is 3 months.</summary>
public enum GoalPeriod
{
    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>Three months.</summary>
    Quarter,

    /// <summary>Twelve months.</summary>
    Year,
}

/// <summary>Arithmetic on <see cref="GoalPeriod"/>.</summary>
public static class GoalPeriods
{
    /// <summary>How many months <paramref name="period"/> spans: 1, 3 or 12.</summary>
    public static int Months(this GoalPeriod period) => period switch
    {
        GoalPeriod.Month => 1,
        GoalPeriod.Quarter => 3,
        GoalPeriod.Year => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown goal period."),
    };
}
