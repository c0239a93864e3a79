using NodaTime;
using Pactum.Domain.Calculator;

namespace Pactum.Domain.Leads;

/// <summary>
/// One fact about a lead (SPEC L1): immutable, identified by <see cref="EventId"/>. Two deliveries of the same ID
/// with equal content (record equality: every member, decimals by value) are one event; with different content the
/// second is a conflict. The instant Pactum received it is not content (see <see cref="RecordedEvent"/>).
/// </summary>
/// <remarks>
/// Optional members are <see langword="null"/> when not given, never empty strings (<see cref="Normalized"/>).
/// Projections order events by <see cref="OccurredAt"/>, then by <see cref="EventId"/> (ordinal), so any delivery
/// order gives the same result.
/// </remarks>
public sealed record LeadEvent
{
    /// <summary>The sender's unique ID of this fact.</summary>
    public required string EventId { get; init; }

    /// <summary>The lead the fact is about.</summary>
    public required string LeadId { get; init; }

    /// <summary>What happened.</summary>
    public required LeadEventType Type { get; init; }

    /// <summary>When it happened (not when Pactum heard of it).</summary>
    public required Instant OccurredAt { get; init; }

    /// <summary>Where the lead came from (<see cref="LeadSources"/> names), on <c>lead_created</c> mostly.</summary>
    public string? Source { get; init; }

    /// <summary>The rep who owns the lead from this event on (hand-off, reassignment), or who made the attempt.</summary>
    public string? Owner { get; init; }

    /// <summary>The buyer persona the lead matches.</summary>
    public string? Persona { get; init; }

    /// <summary>Revenue on <c>deal_won</c> (in the agreement's currency).</summary>
    public decimal? Amount { get; init; }

    /// <summary>The channel of an attempt: phone, email, video, meeting …</summary>
    public string? Channel { get; init; }

    /// <summary>The outcome of an attempt: no answer, left message, connected …</summary>
    public string? Outcome { get; init; }

    /// <summary>Why: a rejection, disqualification, recycle or lost deal reason.</summary>
    public string? Reason { get; init; }

    /// <summary>The asset the lead converted on (a web page, landing page, blog post call to action).</summary>
    public string? Asset { get; init; }

    /// <summary>The lead's score, when the sender computed one.</summary>
    public decimal? Score { get; init; }

    /// <summary>The nurture track (awareness, consideration, decision) on <c>recycled</c> and <c>nurtured</c>.</summary>
    public string? Track { get; init; }

    /// <summary>What the lead did on an <c>engaged</c> event: <c>page_visit</c>, <c>content_download</c>, <c>email_click</c>, <c>webinar</c>, <c>demo_request</c> … (the names the agreement's scoring rules use).</summary>
    public string? Activity { get; init; }

    /// <summary>The lead's job role, e.g. "VP of operations" (a fit property, SPEC L4).</summary>
    public string? Role { get; init; }

    /// <summary>The lead's seniority, e.g. "executive" (a fit property).</summary>
    public string? Seniority { get; init; }

    /// <summary>Whether the lead decides or influences the purchase: <c>decision-maker</c> or <c>influencer</c> (a fit property).</summary>
    public string? BuyingRole { get; init; }

    /// <summary>How many people the lead's company employs (a fit property).</summary>
    public int? Employees { get; init; }

    /// <summary>The region the lead's company is in, e.g. "North America" (a fit property).</summary>
    public string? Region { get; init; }

    /// <summary>The ordering key of projections: occurred-at, then event ID (ordinal).</summary>
    public static int Compare(LeadEvent a, LeadEvent b)
    {
        var byTime = a.OccurredAt.CompareTo(b.OccurredAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.EventId, b.EventId);
    }

    /// <summary>Whether this event sorts after the event (<paramref name="at"/>, <paramref name="eventId"/>) in projection order.</summary>
    public bool SortsAfter(Instant at, string eventId)
    {
        var byTime = OccurredAt.CompareTo(at);
        return byTime > 0 || (byTime == 0 && string.CompareOrdinal(EventId, eventId) > 0);
    }

    /// <summary>The same event with blank text members as <see langword="null"/> and text trimmed.</summary>
    public LeadEvent Normalized() => this with
    {
        EventId = EventId.Trim(),
        LeadId = LeadId.Trim(),
        Source = Clean(Source),
        Owner = Clean(Owner),
        Persona = Clean(Persona),
        Channel = Clean(Channel),
        Outcome = Clean(Outcome),
        Reason = Clean(Reason),
        Asset = Clean(Asset),
        Track = Clean(Track),
        Activity = Clean(Activity),
        Role = Clean(Role),
        Seniority = Clean(Seniority),
        BuyingRole = Clean(BuyingRole),
        Region = Clean(Region),
        Amount = Amount?.Normalize(),
        Score = Score?.Normalize(),
    };

    /// <summary>The names of the members whose content differs from <paramref name="other"/>'s (empty when equal).</summary>
    public IReadOnlyList<string> DifferencesFrom(LeadEvent other)
    {
        var members = new (string Name, object? Mine, object? Theirs)[]
        {
            ("lead_id", LeadId, other.LeadId), ("type", Type, other.Type), ("occurred_at", OccurredAt, other.OccurredAt),
            ("source", Source, other.Source), ("owner", Owner, other.Owner), ("persona", Persona, other.Persona),
            ("amount", Amount, other.Amount), ("channel", Channel, other.Channel), ("outcome", Outcome, other.Outcome),
            ("reason", Reason, other.Reason), ("asset", Asset, other.Asset), ("score", Score, other.Score), ("track", Track, other.Track),
            ("activity", Activity, other.Activity), ("role", Role, other.Role), ("seniority", Seniority, other.Seniority),
            ("buying_role", BuyingRole, other.BuyingRole), ("employees", Employees, other.Employees), ("region", Region, other.Region),
        };
        return members.Where(m => !Equals(m.Mine, m.Theirs)).Select(m => m.Name).ToList();
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>An event as Pactum holds it: the fact and the instant it was received.</summary>
public sealed record RecordedEvent(LeadEvent Event, Instant ReceivedAt);
