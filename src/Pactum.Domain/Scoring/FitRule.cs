namespace Pactum.Domain.Scoring;

/// <summary>
/// One fit rule (SPEC L4): when the lead's <see cref="Property"/> matches, it adds <see cref="Points"/> (which may be
/// negative) or, with a <see cref="Disqualify"/> reason, bars the lead from hand-off. Exactly one condition is set:
/// text properties match <c>is</c> or <see cref="In"/> or <see cref="NotIn"/> (ignoring case); employees match
/// <see cref="AtLeast"/> and/or <see cref="Below"/>. A property the lead has no value for matches no rule.
/// </summary>
public sealed record FitRule
{
    /// <summary>The property tested.</summary>
    public required FitProperty Property { get; init; }

    /// <summary>Matches when the value is one of these (one value for <c>is:</c>), or null.</summary>
    public IReadOnlyList<string>? In { get; init; }

    /// <summary>Matches when the value is none of these, or null.</summary>
    public IReadOnlyList<string>? NotIn { get; init; }

    /// <summary>Employees: matches at or above this, or null.</summary>
    public int? AtLeast { get; init; }

    /// <summary>Employees: matches below this, or null.</summary>
    public int? Below { get; init; }

    /// <summary>The points a match adds.</summary>
    public decimal Points { get; init; }

    /// <summary>The reason a match disqualifies the lead, or null for a scoring rule.</summary>
    public string? Disqualify { get; init; }
}
