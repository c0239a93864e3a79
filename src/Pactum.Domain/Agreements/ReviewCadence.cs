namespace Pactum.Domain.Agreements;

/// <summary>
/// How the agreement is reviewed (SPEC A2, P4): a regular meeting, a full revision, a partial review mid-term and a
/// full review at expiry. Each part is null when the agreement does not plan it.
/// </summary>
public sealed record ReviewCadence
{
    /// <summary>How often the parties meet to review results, or null.</summary>
    public MeetingCadence? Meeting { get; init; }

    /// <summary>How often the whole agreement is revised, or null.</summary>
    public RevisionCadence? Revision { get; init; }

    /// <summary>The partial review in the middle of the term, or null.</summary>
    public ScheduledReview? MidTerm { get; init; }

    /// <summary>The full review when the term ends, or null.</summary>
    public ScheduledReview? AtExpiry { get; init; }

    /// <summary>True when no review is planned.</summary>
    public bool IsEmpty => Meeting is null && Revision is null && MidTerm is null && AtExpiry is null;
}
