using NodaTime;

namespace Pactum.SweeperBench;

/// <summary>The system clock moved by a fixed offset: real seconds pass, but "now" is the moment the benchmark stages.</summary>
internal sealed class ShiftedClock(Duration offset) : IClock
{
    public Instant GetCurrentInstant() => SystemClock.Instance.GetCurrentInstant() + offset;
}
