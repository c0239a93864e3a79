using NodaTime;
using Pactum.Domain.Leads;

namespace Pactum.Domain.Reports;

/// <summary>
/// What the daily hand-off aggregates (<see cref="HandOffDay"/>) count of one lead: its owner, its hand-offs with their
/// first attempts, whether sales has reached it and how many attempts it has. Two leads with equal follow-ups add the
/// same to every day, so a writer changes the aggregates only when a lead's follow-up changes.
/// </summary>
public sealed record LeadFollowUp(string? Owner, LeadHandOffs HandOffs, bool Connected, int Attempts)
{
    /// <summary>The follow-up of <paramref name="lead"/>.</summary>
    public static LeadFollowUp Of(LeadSummary lead) =>
        new(lead.Owner, lead.Milestones.HandOffs, lead.Milestones.ConnectedAt is not null, lead.Milestones.Attempts);

    /// <summary>
    /// What the lead adds to the daily aggregates of <paramref name="zone"/>: one day for each month it was handed off
    /// in, the day of its first hand-off in that month (SPEC I5).
    /// </summary>
    public IEnumerable<HandOffDay> Days(DateTimeZone zone) =>
        HandOffs.FirstInMonths(zone).Select(h => HandOffDay.Of(h, Owner, Connected, Attempts, zone));
}
