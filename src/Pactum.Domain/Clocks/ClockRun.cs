using NodaTime;

namespace Pactum.Domain.Clocks;

/// <summary>
/// One run of an SLA clock on one lead (SPEC C3): a clock starts again with each new start event after the last run
/// ended (a recycled lead handed off again gets a new first-touch run; the old verdict stays).
/// </summary>
/// <remarks>
/// <see cref="Due"/> and <see cref="WarnAt"/> are null while the clock is paused before reaching them (the remaining
/// time is not spent yet) and when the calendar makes them unreachable. <see cref="Elapsed"/> is business time counted
/// while running, up to the stop or "now"; <see cref="PausedFor"/> is wall-clock time spent paused by events. Closures
/// and the agreement's exclusion windows are closed time in the calendar, so they delay the deadline without pausing.
/// </remarks>
public sealed record ClockRun
{
    /// <summary>The clock's id in the agreement.</summary>
    public required string ClockId { get; init; }

    /// <summary>The lead.</summary>
    public required string LeadId { get; init; }

    /// <summary>The run's number, from 1.</summary>
    public required int Run { get; init; }

    /// <summary>The agreement version whose clock definition and calendar were used.</summary>
    public required int AgreementVersion { get; init; }

    /// <summary>The time zone of the calendar used.</summary>
    public required string CalendarZone { get; init; }

    /// <summary>When it started.</summary>
    public required Instant StartedAt { get; init; }

    /// <summary>The event that started it.</summary>
    public required string StartEventId { get; init; }

    /// <summary>The deadline (see remarks).</summary>
    public Instant? Due { get; init; }

    /// <summary>When the warning share of the goal is used up (see remarks).</summary>
    public Instant? WarnAt { get; init; }

    /// <summary>When it stopped (met, met late or cancelled), or null while it runs.</summary>
    public Instant? StoppedAt { get; init; }

    /// <summary>Business time counted so far.</summary>
    public Duration Elapsed { get; init; }

    /// <summary>Wall-clock time spent paused by pause events.</summary>
    public Duration PausedFor { get; init; }

    /// <summary>The state now (or at the stop).</summary>
    public required ClockState State { get; init; }

    /// <summary>Every change of state, in order of instant.</summary>
    public required IReadOnlyList<ClockChange> History { get; init; }

    /// <summary>Whether the run has ended (met, met late or cancelled): its verdict no longer moves with time.</summary>
    public bool IsClosed => State is ClockState.Met or ClockState.MetLate or ClockState.Cancelled;
}
