using NodaTime;

namespace Pactum.Domain.Calculator;

/// <summary>
/// A recorded outage (SPEC G6): the half-open span [Start, End) during which the service was down, and — when it is
/// excluded from the availability measure (planned maintenance, a cause the agreement leaves out) — why.
/// </summary>
/// <param name="Start">When the service went down (inclusive).</param>
/// <param name="End">When it came back (exclusive); not before <paramref name="Start"/>.</param>
/// <param name="ExcludedBecause">Why the outage does not count, or null when it counts.</param>
public sealed record Outage(Instant Start, Instant End, string? ExcludedBecause = null)
{
    /// <summary>Whether the outage is left out of the availability measure.</summary>
    public bool IsExcluded => ExcludedBecause is not null;

    /// <summary>The outage as the interval [Start, End); requires End ≥ Start (else NodaTime throws).</summary>
    public Interval ToInterval() => new(Start, End);
}
