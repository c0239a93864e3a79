using NodaTime;

namespace Pactum.Domain.Leads;

/// <summary>One contact attempt (SPEC L7): when, by which channel, with which outcome, by whom.</summary>
public sealed record ContactAttempt(Instant At, string? Channel, string? Outcome, string? Owner, string EventId);

/// <summary>Sales' answer to a hand-off (SPEC L6): accepted, or rejected with a reason.</summary>
public sealed record HandOffDecision(bool Accepted, Instant At, string? Reason, string EventId);

/// <summary>A return to marketing (SPEC L6): when, why, and the nurture track it entered.</summary>
public sealed record Recycle(Instant At, string? Reason, string? Track, string EventId);

/// <summary>The deal's outcome: won with its revenue, or lost with a reason.</summary>
public sealed record DealOutcome(bool Won, Instant At, decimal? Amount, string? Reason, string EventId);

/// <summary>A change of the lead's status or stage, with the event that made it.</summary>
public sealed record LeadChange(Instant At, LeadStatus Status, LifecycleStage Stage, LeadEventType Cause, string EventId);

/// <summary>
/// A fact that does not fit the lead's life (an attempt on a lead never handed off, a deal won twice). It is kept and
/// shown, never thrown away: real CRMs send messy data.
/// </summary>
public sealed record LeadAnomaly(Instant At, string EventId, string Message);
