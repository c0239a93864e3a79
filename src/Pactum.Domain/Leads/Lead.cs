using NodaTime;

namespace Pactum.Domain.Leads;

/// <summary>
/// A lead as its events make it (SPEC L2, L3, L6, L7): a projection, rebuilt by <see cref="LeadProjection"/> from the
/// lead's events in (occurred-at, event ID) order, so late and out-of-order deliveries give the same lead.
/// </summary>
public sealed record Lead
{
    /// <summary>The lead's ID.</summary>
    public required string LeadId { get; init; }

    /// <summary>The funnel stage now.</summary>
    public LifecycleStage Stage { get; init; } = LifecycleStage.Visitor;

    /// <summary>The working status now.</summary>
    public LeadStatus Status { get; init; } = LeadStatus.New;

    /// <summary>The rep who owns the lead (the latest assignment).</summary>
    public string? Owner { get; init; }

    /// <summary>Where the lead came from (the first source given).</summary>
    public string? Source { get; init; }

    /// <summary>The asset it converted on (the first given).</summary>
    public string? Asset { get; init; }

    /// <summary>The persona it matches (the latest given).</summary>
    public string? Persona { get; init; }

    /// <summary>Its score (the latest given).</summary>
    public decimal? Score { get; init; }

    /// <summary>When it became a lead.</summary>
    public Instant? CreatedAt { get; init; }

    /// <summary>When it first became an MQL.</summary>
    public Instant? MqlAt { get; init; }

    /// <summary>When it first became an SQL.</summary>
    public Instant? SqlAt { get; init; }

    /// <summary>Every hand-off to sales, in order (a recycled lead can be handed off again).</summary>
    public IReadOnlyList<Instant> HandOffs { get; init; } = [];

    /// <summary>Sales' latest accept or reject.</summary>
    public HandOffDecision? Decision { get; init; }

    /// <summary>Every contact attempt, in order.</summary>
    public IReadOnlyList<ContactAttempt> Attempts { get; init; } = [];

    /// <summary>When sales first reached the lead.</summary>
    public Instant? ConnectedAt { get; init; }

    /// <summary>The latest return to marketing.</summary>
    public Recycle? Recycle { get; init; }

    /// <summary>The nurture track the lead is in (awareness, consideration, decision), if any.</summary>
    public string? NurtureTrack { get; init; }

    /// <summary>The deal's outcome (the first one; a second is an anomaly).</summary>
    public DealOutcome? Deal { get; init; }

    /// <summary>The reason of a disqualification, when disqualified.</summary>
    public string? DisqualifiedBecause { get; init; }

    /// <summary>Every change of status or stage, in order.</summary>
    public IReadOnlyList<LeadChange> History { get; init; } = [];

    /// <summary>Facts that do not fit the lead's life, kept and shown.</summary>
    public IReadOnlyList<LeadAnomaly> Anomalies { get; init; } = [];

    /// <summary>How many events made this lead.</summary>
    public int EventCount { get; init; }

    /// <summary>The ordering key of the last event applied: its instant and ID.</summary>
    public Instant LastOccurredAt { get; init; }

    /// <summary>The ID of the last event applied.</summary>
    public string LastEventId { get; init; } = "";

    /// <summary>The first hand-off, which places the lead in a month for marketing's goals.</summary>
    public Instant? FirstHandOff => HandOffs.Count > 0 ? HandOffs[0] : null;

}
