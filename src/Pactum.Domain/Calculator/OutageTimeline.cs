using NodaTime;

namespace Pactum.Domain.Calculator;

/// <summary>Turns recorded outages into the downtime of a period (SPEC G6), by interval arithmetic.</summary>
public static class OutageTimeline
{
    /// <summary>
    /// The downtime intervals of <paramref name="period"/>: the outages that count (not excluded), each clipped to the
    /// period, empty ones dropped, and overlapping or touching ones ([a, b) and [b, c)) merged; sorted, disjoint,
    /// half-open. An excluded outage is left out entirely; time it shares with an outage that counts still counts.
    /// The period must be bounded and every outage must end no earlier than it starts (else
    /// <see cref="ArgumentException"/>).
    /// </summary>
    public static IReadOnlyList<Interval> Downtime(Interval period, IEnumerable<Outage> outages)
    {
        if (!period.HasStart || !period.HasEnd)
        {
            throw new ArgumentException("The period must have a start and an end.", nameof(period));
        }

        var clipped = outages
            .Where(o => !o.IsExcluded)
            .Select(o => o.ToInterval())
            .Select(o => (Start: Instant.Max(o.Start, period.Start), End: Instant.Min(o.End, period.End)))
            .Where(o => o.Start < o.End)
            .OrderBy(o => o.Start);

        var merged = new List<Interval>();
        foreach (var (start, end) in clipped)
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = new Interval(merged[^1].Start, Instant.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add(new Interval(start, end));
            }
        }

        return merged;
    }
}
