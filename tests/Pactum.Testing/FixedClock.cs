using NodaTime;

namespace Pactum.Testing;

/// <summary>A clock that says what the test tells it (NodaTime.Testing is not available here).</summary>
public sealed class FixedClock(Instant now) : IClock
{
    private Instant _now = now;

    /// <summary>Moves the clock forward (or back) by <paramref name="by"/>.</summary>
    public void Advance(Duration by) => _now += by;

    /// <inheritdoc />
    public Instant GetCurrentInstant() => _now;
}
