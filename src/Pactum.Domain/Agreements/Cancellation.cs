namespace Pactum.Domain.Agreements;

/// <summary>When the agreement is flagged for renegotiation (SPEC A2, P3): conditions that any one suffices, plus words.</summary>
public sealed record Cancellation
{
    /// <summary>The conditions; the agreement is flagged as soon as any one holds.</summary>
    public IReadOnlyList<CancellationCondition> Conditions { get; init; } = [];

    /// <summary>What happens then, in words (e.g. "the agreement is renegotiated"), or null.</summary>
    public string? Description { get; init; }

    /// <summary>True when the agreement states no cancellation condition and no description.</summary>
    public bool IsEmpty => Conditions.Count == 0 && Description is null;
}
