using Pactum.Domain.Leads;
using Pactum.Domain.Time;

namespace Pactum.Domain.Reports;

/// <summary>
/// The lead list by status (SPEC R4): the leads created in a month (local, the report's zone), split by their status
/// now — new, open, in progress, connected, qualified, unable to qualify, disqualified, recycled — every status listed,
/// zero included. Filters (owner, source, persona) are applied by whoever reads the leads.
/// </summary>
public sealed record StatusReport(MonthSpan Month, long Leads, IReadOnlyList<StatusCount> Statuses)
{
    /// <summary>The split of the leads of <paramref name="leads"/> created in <paramref name="month"/>.</summary>
    public static StatusReport Build(MonthSpan month, IEnumerable<LeadSummary> leads)
    {
        var created = leads.Where(l => l.CreatedAt is { } at && month.Contains(at)).ToList();
        var counts = Enum.GetValues<LeadStatus>().Select(s => new StatusCount(s, created.LongCount(l => l.Status == s), 0m)).ToList();
        return new StatusReport(month, created.Count, counts.Select(c => c with { Share = Percentiles.Share(c.Leads, created.Count) ?? 0m }).ToList());
    }
}

/// <summary>How many leads have a status, and their share of the month's leads (a fraction, four places).</summary>
public sealed record StatusCount(LeadStatus Status, long Leads, decimal Share);
