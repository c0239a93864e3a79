using NodaTime;
using Pactum.Domain.Clocks;

namespace Pactum.Storage.Clocks;

/// <summary>
/// A time a stored run changes state by itself: at <see cref="At"/>, run <see cref="RunId"/> enters
/// <see cref="State"/> (a warning or a breach) unless an event or a new agreement version moved it first.
/// </summary>
public readonly record struct ClockAlarm(long RunId, Instant At, ClockState State)
{
    /// <summary>The alarms of an open run as stored: its warning while running, its breach while running or warning.</summary>
    public static IEnumerable<ClockAlarm> Of(long runId, ClockState state, Instant? warnAt, Instant? due)
    {
        if (state == ClockState.Running && warnAt is { } warn)
        {
            yield return new ClockAlarm(runId, warn, ClockState.Warning);
        }

        if (state is ClockState.Running or ClockState.Warning && due is { } deadline)
        {
            yield return new ClockAlarm(runId, deadline, ClockState.Breached);
        }
    }
}
