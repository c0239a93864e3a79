using NodaTime;

namespace Pactum.Domain.Leads;

/// <summary>
/// A lead in one line — what lead lists show and filter on, and what the lead projection table stores: the stage and
/// status now, owner, source and persona, when it was created and first handed off, how many anomalies and events it
/// has, and its last event (instant and ID), which orders the events applied so far; with the
/// <see cref="Milestones"/> reports count.
/// </summary>
public sealed record LeadSummary(
    string LeadId, LifecycleStage Stage, LeadStatus Status, string? Owner, string? Source, string? Persona,
    Instant? CreatedAt, Instant? FirstHandOff, int Anomalies, int Events, Instant LastEventAt, string LastEventId)
{
    /// <summary>The facts reports count (MQL and SQL, first attempt, attempts, connection, decision, recycle, deal).</summary>
    public LeadMilestones Milestones { get; init; } = LeadMilestones.None;
}
