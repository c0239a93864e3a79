using NodaTime;

namespace Pactum.Domain.Scoring;

/// <summary>Where a lead stands for a hand-off under an agreement's rules (SPEC L5).</summary>
public enum HandOffOutcome
{
    /// <summary>The rules hand the lead off at <see cref="HandOffVerdict.At"/>.</summary>
    HandOff,

    /// <summary>The lead stays with marketing: its score is below the threshold and it made no conversion.</summary>
    NotYet,

    /// <summary>A disqualifying fit rule keeps the lead from sales.</summary>
    Disqualified,

    /// <summary>The lead is with sales (handed off and not returned).</summary>
    WithSales,

    /// <summary>The lead's story has ended (disqualified by a person, won or lost).</summary>
    Closed,
}

/// <summary>
/// What the hand-off rules say of one lead: the outcome, the instant of a hand-off, why in plain words, the score it
/// was judged on, and the event that triggered it.
/// </summary>
public sealed record HandOffVerdict(HandOffOutcome Outcome, Instant? At, string Reason, LeadScore? Score, string? TriggerEventId)
{
    /// <summary>Whether the lead is to be handed off.</summary>
    public bool HandsOff => Outcome == HandOffOutcome.HandOff;
}
