namespace Pactum.Domain.Agreements;

/// <summary>
/// What one party needs from another to meet its goals (SPEC A2), e.g. a weekly pipeline status report from sales to
/// marketing, four a month.
/// </summary>
public sealed record Requirement
{
    /// <summary>An optional id, unique within the agreement, so that reports and reminders can name the requirement.</summary>
    public string? Id { get; init; }

    /// <summary>The id of the party that delivers.</summary>
    public required string From { get; init; }

    /// <summary>The id of the party that needs it (another party than <see cref="From"/>).</summary>
    public required string To { get; init; }

    /// <summary>What is delivered, e.g. "weekly pipeline status report".</summary>
    public required string What { get; init; }

    /// <summary>How often; null when it is delivered as the need arises (e.g. with every lead).</summary>
    public RequirementCadence? Cadence { get; init; }
}
