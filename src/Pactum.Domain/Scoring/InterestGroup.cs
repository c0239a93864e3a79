using NodaTime;

namespace Pactum.Domain.Scoring;

/// <summary>
/// A group of interest rules with a cap and/or decay (SPEC L4): the group adds at most <see cref="Cap"/> points;
/// each event's points halve every <see cref="HalfLife"/>, or count in full for <see cref="Window"/> and then not at
/// all (one of the two at most).
/// </summary>
public sealed record InterestGroup
{
    /// <summary>The group's name, as interest rules write it.</summary>
    public required string Name { get; init; }

    /// <summary>The most points the group adds, or null for no cap.</summary>
    public decimal? Cap { get; init; }

    /// <summary>The time after which an event's points are halved, or null.</summary>
    public Duration? HalfLife { get; init; }

    /// <summary>The time an event's points count for, or null.</summary>
    public Duration? Window { get; init; }
}
