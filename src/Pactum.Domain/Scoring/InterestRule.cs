namespace Pactum.Domain.Scoring;

/// <summary>
/// One interest rule (SPEC L4): each <c>engaged</c> event with this <see cref="Activity"/> (and, when given, this
/// <see cref="Asset"/>) adds <see cref="Points"/> to the rule's <see cref="Group"/>, where caps and decay apply.
/// </summary>
public sealed record InterestRule
{
    /// <summary>The engagement activity, e.g. <c>page_visit</c>, <c>content_download</c>, <c>demo_request</c>.</summary>
    public required string Activity { get; init; }

    /// <summary>The asset the event must name (e.g. <c>/pricing</c>), or null for any.</summary>
    public string? Asset { get; init; }

    /// <summary>The points each matching event adds before decay and caps.</summary>
    public required decimal Points { get; init; }

    /// <summary>The interest group (the activity itself unless written).</summary>
    public required string Group { get; init; }
}
