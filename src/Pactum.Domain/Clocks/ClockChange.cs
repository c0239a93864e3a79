using NodaTime;
using Pactum.Domain.Leads;

namespace Pactum.Domain.Clocks;

/// <summary>
/// One step in a clock's history: the instant it happened, the state it entered, and the event that caused it (null
/// when time alone did: a warning or a breach happens at its instant, whatever event comes later).
/// </summary>
public sealed record ClockChange(Instant At, ClockState State, string? EventId, LeadEventType? Cause);
