namespace Pactum.Domain.Reports;

/// <summary>
/// The comparison lines a waterfall may show (SPEC R1): a custom goal line, and the cumulative actuals of last month,
/// of the same month last year and the average of the last three months, each given as leads handed off per day of
/// that month. Day k of a shorter month keeps that month's final total.
/// </summary>
public sealed record WaterfallComparisons(
    decimal? CustomGoal = null, IReadOnlyList<long>? LastMonth = null, IReadOnlyList<long>? SameMonthLastYear = null,
    IReadOnlyList<IReadOnlyList<long>>? LastThreeMonths = null)
{
    /// <summary>No comparison lines.</summary>
    public static readonly WaterfallComparisons None = new();

    /// <summary>The chosen lines over a month of <paramref name="days"/> days (values rounded to two places).</summary>
    public IReadOnlyList<WaterfallLine> Lines(int days)
    {
        var lines = new List<WaterfallLine>();
        if (CustomGoal is { } custom)
        {
            lines.Add(new("custom-goal", Enumerable.Range(1, days).Select(k => WaterfallReport.GoalLine(custom, k, days)).ToList()));
        }

        if (LastMonth is { } last)
        {
            lines.Add(new("last-month", Totals(last, days)));
        }

        if (SameMonthLastYear is { } lastYear)
        {
            lines.Add(new("same-month-last-year", Totals(lastYear, days)));
        }

        if (LastThreeMonths is { Count: > 0 } three)
        {
            var totals = three.Select(m => Totals(m, days)).ToList();
            lines.Add(new("last-three-months", Enumerable.Range(0, days).Select(i => Percentiles.Round(totals.Average(t => t[i]))).ToList()));
        }

        return lines;
    }

    private static List<decimal> Totals(IReadOnlyList<long> perDay, int days)
    {
        var own = WaterfallReport.Cumulative(perDay, perDay.Count);
        return Enumerable.Range(0, days).Select(i => own.Length == 0 ? 0m : own[Math.Min(i, own.Length - 1)]).ToList();
    }
}
