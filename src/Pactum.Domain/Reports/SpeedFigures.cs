namespace Pactum.Domain.Reports;

/// <summary>
/// Follow-up speed over a group of leads (SPEC R2): how many were touched, the average, median and 90th percentile of
/// their minutes to the first attempt (<see cref="Percentiles"/>), how many met the goal (at or under it), and how many
/// are untouched. Figures are null when no lead was touched; <see cref="ShareMet"/> is null without a goal.
/// </summary>
public sealed record SpeedFigures(string Key, long Touched, long Untouched, decimal? Average, decimal? Median, decimal? P90, long? Met, decimal? ShareMet)
{
    /// <summary>The figures of <paramref name="sorted"/> (the touched leads' minutes, ascending) and <paramref name="untouched"/> under <paramref name="goal"/>.</summary>
    public static SpeedFigures OfSorted(string key, IReadOnlyList<decimal> sorted, long untouched, decimal? goal)
    {
        long? met = goal is { } g ? sorted.LongCount(m => m <= g) : null;
        return new SpeedFigures(
            key, sorted.Count, untouched, Percentiles.Average(sorted), Percentiles.Of(sorted, 0.5m), Percentiles.Of(sorted, 0.9m),
            met, met is { } count ? Percentiles.Share(count, sorted.Count) : null);
    }
}
