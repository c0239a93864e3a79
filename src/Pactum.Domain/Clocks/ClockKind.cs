namespace Pactum.Domain.Clocks;

/// <summary>The clocks an agreement can declare (SPEC C2): three common ones with their events set, and the general form.</summary>
public enum ClockKind
{
    /// <summary>From hand-off to the first follow-up attempt (a connection counts as one).</summary>
    FirstTouch,

    /// <summary>From hand-off to sales' accept or reject.</summary>
    AcceptOrReject,

    /// <summary>From hand-off to the N-th attempt (attempts closer than the minimum gap count once), or a connection.</summary>
    Attempts,

    /// <summary>Start, stop, pause, resume and cancel events as the agreement writes them.</summary>
    Custom,
}
