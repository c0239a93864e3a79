using NodaTime;
using Pactum.Domain.Leads;

namespace Pactum.Domain.Reports;

/// <summary>
/// The daily aggregate of hand-offs (SPEC R1–R3) for one local day and one owner: the leads first handed off that day
/// (in the report's zone), how many of them have a first attempt and the sum of their wall-clock times to it, how many
/// are not connected, their attempts, and how many of those were worked (one attempt or more). The storage keeps these
/// per day as leads change; <see cref="Of"/> computes them from leads, the same way.
/// </summary>
public sealed record HandOffDay(
    LocalDate Day, string Owner, long HandedOff, long Touched, Duration SpeedTotal, long Unconnected, long UnconnectedAttempts, long UnconnectedWorked)
{
    /// <summary>The owner of leads without one.</summary>
    public const string NoOwner = "";

    /// <summary>The daily aggregates of <paramref name="leads"/> handed off, by local day in <paramref name="zone"/> and owner.</summary>
    public static IReadOnlyList<HandOffDay> Of(IEnumerable<LeadSummary> leads, DateTimeZone zone) =>
        leads.Where(l => l.FirstHandOff is not null)
            .GroupBy(l => (Day: l.FirstHandOff!.Value.InZone(zone).Date, Owner: l.Owner ?? NoOwner))
            .Select(g => new HandOffDay(
                g.Key.Day, g.Key.Owner, g.LongCount(),
                g.LongCount(l => l.Milestones.FirstAttempt is not null),
                g.Aggregate(Duration.Zero, (sum, l) => sum + (l.Milestones.FirstAttempt is { } first ? first - l.FirstHandOff!.Value : Duration.Zero)),
                g.LongCount(l => l.Milestones.ConnectedAt is null),
                g.Where(l => l.Milestones.ConnectedAt is null).Sum(l => (long)l.Milestones.Attempts),
                g.LongCount(l => l.Milestones.ConnectedAt is null && l.Milestones.Attempts > 0)))
            .OrderBy(d => d.Day).ThenBy(d => d.Owner, StringComparer.Ordinal)
            .ToList();
}
