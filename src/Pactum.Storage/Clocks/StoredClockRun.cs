using NodaTime;
using Pactum.Domain.Clocks;

namespace Pactum.Storage.Clocks;

/// <summary>A clock run as stored: its row id, the agreement and party it belongs to, the run, and its recorded history.</summary>
public sealed record StoredClockRun(long Id, string AgreementId, string Party, ClockRun Run, IReadOnlyList<RecordedClockChange> Recorded)
{
    /// <summary>The key that names the run: lead, agreement, clock, run number.</summary>
    public (string LeadId, string AgreementId, string ClockId, int Run) Key => (Run.LeadId, AgreementId, Run.ClockId, Run.Run);
}

/// <summary>
/// One entry of a run's append-only history: the change (the instant it happened, the state entered, its cause), when
/// Pactum recorded it, who recorded it (<see cref="ClockRecorders"/>) and under which agreement version.
/// </summary>
public sealed record RecordedClockChange(ClockChange Change, Instant RecordedAt, string RecordedBy, int AgreementVersion);

/// <summary>Who records a clock change.</summary>
public static class ClockRecorders
{
    /// <summary>The projector, as events arrive.</summary>
    public const string Events = "events";

    /// <summary>The sweeper, when a warning or a deadline comes.</summary>
    public const string Sweeper = "sweeper";

    /// <summary>A new agreement version, recomputing open clocks.</summary>
    public const string Agreement = "agreement";

    /// <summary>A replay the user asked for.</summary>
    public const string Replay = "replay";
}
