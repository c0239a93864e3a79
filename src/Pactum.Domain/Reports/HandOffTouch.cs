using NodaTime;

namespace Pactum.Domain.Reports;

/// <summary>A lead's first hand-off and its first attempt at or after it (null while untouched), with its owner.</summary>
public sealed record HandOffTouch(string LeadId, string? Owner, Instant HandedOffAt, Instant? FirstAttempt);
