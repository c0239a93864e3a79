namespace Pactum.Domain.Agreements;

/// <summary>
/// The strike system (SPEC A2, P2): every missed goal is a strike against the goal's owner; one party diagnoses the
/// under-performance, one fixes it, and after <see cref="BeforeEscalation"/> strikes the matter is escalated.
/// </summary>
/// <param name="DiagnosedBy">The id of the party that diagnoses why a goal was missed.</param>
/// <param name="FixedBy">The id of the party that fixes it.</param>
/// <param name="BeforeEscalation">How many strikes are allowed before escalation, at least 1.</param>
/// <param name="EscalateTo">Who hears of an escalation (free text, e.g. "the CEO"), or null.</param>
public sealed record StrikeRule(string DiagnosedBy, string FixedBy, int BeforeEscalation, string? EscalateTo);
