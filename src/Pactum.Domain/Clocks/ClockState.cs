namespace Pactum.Domain.Clocks;

/// <summary>Where an SLA clock stands (SPEC C3).</summary>
public enum ClockState
{
    /// <summary>Counting business time, below the warning share.</summary>
    Running,

    /// <summary>Stopped by a pause event until a resume event (business time does not count).</summary>
    Paused,

    /// <summary>Counting, with the warning share of the goal used up.</summary>
    Warning,

    /// <summary>The deadline has passed and the clock has not stopped.</summary>
    Breached,

    /// <summary>Stopped at or before the deadline.</summary>
    Met,

    /// <summary>Stopped after the deadline.</summary>
    MetLate,

    /// <summary>Ended by an event that makes the clock moot (the lead was rejected, disqualified, recycled, closed).</summary>
    Cancelled,

    /// <summary>The calendar never provides the goal's business time: there is no deadline to meet.</summary>
    Unreachable,
}
