namespace Pactum.Domain.Compliance;

/// <summary>How a goal's daily figures make its value for a period (SPEC P1).</summary>
public enum GoalMeasure
{
    /// <summary>The sum of the days' totals, e.g. leads handed off in the month; it grows with the period.</summary>
    Total,

    /// <summary>The days' totals over their counts, e.g. average minutes to the first attempt; it does not grow.</summary>
    Average,
}
