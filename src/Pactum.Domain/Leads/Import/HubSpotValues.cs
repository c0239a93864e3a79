namespace Pactum.Domain.Leads.Import;

/// <summary>The values HubSpot writes in a contact export's choice columns, and what Pactum reads them as.</summary>
public static class HubSpotValues
{
    /// <summary>The lifecycle stages, in HubSpot's (forward-only) order.</summary>
    public static IReadOnlyList<string> LifecycleStages => Stages.Labels;

    /// <summary>The default lead statuses.</summary>
    public static IReadOnlyList<string> LeadStatuses => Statuses.Labels;

    /// <summary>The original-source values.</summary>
    public static IReadOnlyList<string> OriginalSources => Sources.Labels;

    /// <summary>Stages are checked, not mapped: a stage has no date, and Pactum does not invent instants.</summary>
    internal static CrmValueMap<string> Stages { get; } = new(
    [
        ("Subscriber", "subscriber"), ("Lead", "lead"), ("Marketing Qualified Lead", "mql"), ("Sales Qualified Lead", "sql"),
        ("Opportunity", "opportunity"), ("Customer", "customer"), ("Evangelist", "evangelist"), ("Other", "other"),
    ]);

    /// <summary>
    /// What each status implies. New and Open: nothing beyond <c>lead_created</c>. In Progress and Attempted to Contact:
    /// <c>attempt</c>. Connected: <c>connected</c>. Open Deal: <c>opportunity</c>. Unqualified: <c>disqualified</c>
    /// (HubSpot's meaning is "not a fit", which is disqualified; <c>unqualifiable</c> is "could not find out", which no
    /// default status says). Bad Timing: <c>recycled</c> with reason "bad timing" (back to marketing for later).
    /// </summary>
    /// <remarks>
    /// A status implies only its own fact, not the ones before it (Connected does not add an <c>attempt</c>): the
    /// usual progression Attempted to Contact → Connected between two snapshots must add one new fact, not re-date
    /// the attempt the earlier snapshot gave. A lead first seen as Connected therefore has no attempt on record.
    /// </remarks>
    internal static CrmValueMap<IReadOnlyList<CrmFact>> Statuses { get; } = new(
    [
        ("New", []),
        ("Open", []),
        ("In Progress", [new(LeadEventType.Attempt)]),
        ("Open Deal", [new(LeadEventType.Opportunity)]),
        ("Unqualified", [new(LeadEventType.Disqualified)]),
        ("Attempted to Contact", [new(LeadEventType.Attempt)]),
        ("Connected", [new(LeadEventType.Connected)]),
        ("Bad Timing", [new(LeadEventType.Recycled, Reason: "bad timing")]),
    ]);

    /// <summary>Original sources as <see cref="LeadSources"/>: Paid Social is social media; Other Campaigns and Offline Sources are other.</summary>
    internal static CrmValueMap<string> Sources { get; } = new(
    [
        ("Organic Search", "organic_search"), ("Paid Search", "paid_search"), ("Email Marketing", "email_marketing"),
        ("Social Media", "social_media"), ("Referrals", "referral"), ("Other Campaigns", "other"),
        ("Direct Traffic", "direct_traffic"), ("Offline Sources", "other"), ("Paid Social", "social_media"),
    ]);
}
