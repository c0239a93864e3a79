using Pactum.Domain.Leads;
using Pactum.Domain.Time;

namespace Pactum.Domain.Reports;

/// <summary>
/// The closed-loop report (SPEC R6, L6): of the leads first handed off in the month (local, the report's zone), how many
/// sales accepted, rejected or has not decided (the latest decision counts), per source; the rejections by reason; the
/// leads recycled in the month by reason and by nurture track; and the accept-or-reject clocks started in the month
/// against their goal.
/// </summary>
public sealed record ClosedLoopReport(
    MonthSpan Month, DecisionFigures Total, IReadOnlyList<DecisionFigures> BySource, IReadOnlyList<ReasonCount> RejectedByReason,
    long Recycled, IReadOnlyList<ReasonCount> RecycledByReason, IReadOnlyList<ReasonCount> RecycledByTrack, IReadOnlyList<ClockOutcomes> DecisionClocks)
{
    /// <summary>The report of <paramref name="leads"/> for <paramref name="month"/>, with the decision clocks' outcomes.</summary>
    public static ClosedLoopReport Build(MonthSpan month, IEnumerable<LeadSummary> leads, IReadOnlyList<ClockOutcomes> decisionClocks)
    {
        var all = leads.ToList();
        var (start, end) = (month.Start, month.End);
        var handedOff = all.Where(l => l.Milestones.HandOffs.Any(h => h.At >= start && h.At < end)).ToList();
        var recycled = all.Where(l => l.Milestones.Recycle is { } r && month.Contains(r.At)).ToList();
        return new ClosedLoopReport(
            month,
            DecisionFigures.Of("all", handedOff),
            handedOff.GroupBy(l => l.Source ?? "other").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => DecisionFigures.Of(g.Key, g.ToList())).ToList(),
            ReasonCount.Of(handedOff.Where(l => l.Milestones.Decision is { Accepted: false }).Select(l => l.Milestones.Decision!.Reason)),
            recycled.Count,
            ReasonCount.Of(recycled.Select(l => l.Milestones.Recycle!.Reason)),
            ReasonCount.Of(recycled.Select(l => l.Milestones.Recycle!.Track ?? l.Milestones.NurtureTrack)),
            decisionClocks);
    }
}

/// <summary>Leads handed off, accepted, rejected and undecided in a group, with the shares accepted and rejected.</summary>
public sealed record DecisionFigures(string Key, long HandedOff, long Accepted, long Rejected, long Undecided, decimal? ShareAccepted, decimal? ShareRejected)
{
    internal static DecisionFigures Of(string key, IReadOnlyCollection<LeadSummary> leads)
    {
        var accepted = leads.LongCount(l => l.Milestones.Decision is { Accepted: true });
        var rejected = leads.LongCount(l => l.Milestones.Decision is { Accepted: false });
        return new DecisionFigures(key, leads.Count, accepted, rejected, leads.Count - accepted - rejected,
            Percentiles.Share(accepted, leads.Count), Percentiles.Share(rejected, leads.Count));
    }
}

/// <summary>How many leads gave a reason (or a track); <c>(none given)</c> for those without one. Most frequent first.</summary>
public sealed record ReasonCount(string Reason, long Leads)
{
    /// <summary>The name of a missing reason.</summary>
    public const string NoneGiven = "(none given)";

    internal static IReadOnlyList<ReasonCount> Of(IEnumerable<string?> reasons) =>
        reasons.GroupBy(r => r ?? NoneGiven).Select(g => new ReasonCount(g.Key, g.LongCount()))
            .OrderByDescending(r => r.Leads).ThenBy(r => r.Reason, StringComparer.Ordinal).ToList();
}
