namespace Pactum.Domain.Agreements;

/// <summary>What happens when a goal is missed (SPEC A2): a remediation plan, a strike system and, in customer agreements, service credits.</summary>
public sealed record Consequences
{
    /// <summary>The remediation plan in words, or null.</summary>
    public string? Remediation { get; init; }

    /// <summary>The strike system, or null when the agreement has none.</summary>
    public StrikeRule? Strikes { get; init; }

    /// <summary>Service-credit tiers (customer agreements only), ordered by goal as written and then by threshold, highest first.</summary>
    public IReadOnlyList<CreditTier> Credits { get; init; } = [];

    /// <summary>True when the agreement states no consequence at all.</summary>
    public bool IsEmpty => Remediation is null && Strikes is null && Credits.Count == 0;
}
