using NodaTime;

namespace Pactum.Domain.Assignment;

/// <summary>
/// A rep on the team page (SPEC L5): who they are on lead events, their share of the turn, how many open leads they
/// can hold, whether they are away, and whether they are still on the team.
/// </summary>
public sealed record SalesRep
{
    /// <summary>The owner name used on lead events (e.g. <c>Maya Chen</c>), unique on the team.</summary>
    public required string Id { get; init; }

    /// <summary>
    /// The rep's share of the turn under weighted round-robin, greater than 0 (a rep of weight 2 takes twice the leads of
    /// a rep of weight 1); 1 unless written. Plain round-robin and the capacity method give every rep weight 1.
    /// </summary>
    public decimal Weight { get; init; } = 1m;

    /// <summary>The open leads the rep can hold (0 or more), or null for the agreement's default (<see cref="AssignmentRules.Capacity"/>).</summary>
    public int? Capacity { get; init; }

    /// <summary>The local date the rep is back: away before it, available again from its start; null when not away.</summary>
    public LocalDate? AwayUntil { get; init; }

    /// <summary>Whether the rep is on the team; a removed rep is inactive and never picked.</summary>
    public bool Active { get; init; } = true;

    /// <summary>The rep's position on the team page, which breaks ties of the turn.</summary>
    public int Order { get; init; }

    /// <summary>Whether the rep can take a lead on <paramref name="today"/>: active and not away.</summary>
    public bool IsAvailableOn(LocalDate today) => Active && (AwayUntil is not { } back || today >= back);

    /// <summary>Whether the rep is away on <paramref name="today"/> (active, and before <see cref="AwayUntil"/>).</summary>
    public bool IsAwayOn(LocalDate today) => Active && AwayUntil is { } back && today < back;
}
