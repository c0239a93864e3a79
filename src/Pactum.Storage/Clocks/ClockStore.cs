using Dapper;
using NodaTime;
using Pactum.Domain.Clocks;
using Pactum.Storage.Database;

namespace Pactum.Storage.Clocks;

/// <summary>
/// The stored clock runs: a lead's runs with their histories, the clocks that need someone now, and the recomputations
/// an agreement change calls for (open runs at once; closed runs only in a replay the user asks for).
/// </summary>
public sealed class ClockStore(SqliteDatabase database, ClockProjector projector, IClock clock)
{
    /// <summary>Every run of every clock on <paramref name="leadId"/>, with its recorded history, in the order stored.</summary>
    public IReadOnlyList<StoredClockRun> RunsOf(string leadId)
    {
        using var connection = database.Connect();
        using var runs = new SqliteStatement(connection, ClockRows.RunsOfLead);
        using var changes = new SqliteStatement(connection, ClockRows.ChangesOfLead);
        return ClockRows.OfLead(runs, changes, leadId);
    }

    /// <summary>
    /// The open runs in warning or breached, by owner (leads without one last), soonest deadline first within each;
    /// at most <paramref name="take"/>.
    /// </summary>
    public IReadOnlyList<ClockNeedingAction> NeedingAction(int take = 500)
    {
        using var connection = database.Connect();
        return connection.Query<NeedingActionRow>(
            """
            SELECT r.id, r.agreement_id, r.agreement_version, r.clock_id, r.lead_id, r.run, r.party, r.state, r.due_ticks, r.started_ticks, r.calendar_zone, l.owner
            FROM clock_runs r LEFT JOIN leads l ON l.lead_id = r.lead_id
            WHERE r.closed = 0 AND r.state IN ('warning', 'breached')
            ORDER BY l.owner IS NULL, l.owner, r.due_ticks, r.lead_id
            LIMIT @take
            """,
            new { take }).Select(r => new ClockNeedingAction(
                r.id, r.agreement_id, (int)r.agreement_version, r.clock_id, r.lead_id, (int)r.run, r.party, ClockStates.Parse(r.state),
                ClockRows.Ticks(r.due_ticks), Instant.FromUnixTimeTicks(r.started_ticks), r.calendar_zone, r.owner)).ToList();
    }

    /// <summary>How many open runs are in each state.</summary>
    public IReadOnlyDictionary<ClockState, long> OpenCounts()
    {
        using var connection = database.Connect();
        return connection.Query<(string State, long Count)>("SELECT state, COUNT(*) FROM clock_runs WHERE closed = 0 GROUP BY state")
            .ToDictionary(r => ClockStates.Parse(r.State), r => r.Count);
    }

    /// <summary>
    /// Recomputes the open runs of agreement <paramref name="agreementId"/> under its latest version, from their
    /// original start (after a new version is stored); closed runs keep their verdict. The runs that moved.
    /// </summary>
    public IReadOnlyList<ClockRunChange> RecomputeOpen(string agreementId) => Rerecord(agreementId, replay: false, apply: true);

    /// <summary>
    /// Judges every run of agreement <paramref name="agreementId"/> — closed ones too — under its latest version and
    /// says what moved; with <paramref name="apply"/> false, nothing is written (a preview).
    /// </summary>
    public IReadOnlyList<ClockRunChange> Replay(string agreementId, bool apply) => Rerecord(agreementId, replay: true, apply);

    private IReadOnlyList<ClockRunChange> Rerecord(string agreementId, bool replay, bool apply)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        var leads = connection.Query<string>(
            replay
                ? "SELECT DISTINCT lead_id FROM clock_runs WHERE agreement_id = @agreementId"
                : "SELECT DISTINCT lead_id FROM clock_runs WHERE agreement_id = @agreementId AND closed = 0",
            new { agreementId }, transaction).ToList();
        using var recording = projector.Begin(connection, clock.GetCurrentInstant(), replay ? ClockRecorders.Replay : ClockRecorders.Agreement);
        if (recording is null)
        {
            return [];
        }

        foreach (var leadId in leads)
        {
            recording.Record(leadId, replay ? agreementId : null);
        }

        var moved = recording.Moved.Where(m => m.AgreementId == agreementId).ToList();
        if (apply)
        {
            transaction.Commit();
            recording.Scheduled();
        }

        return moved;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Column names.")]
    private sealed record NeedingActionRow(long id, string agreement_id, long agreement_version, string clock_id, string lead_id, long run, string party, string state, long? due_ticks, long started_ticks, string calendar_zone, string? owner);
}

/// <summary>An open run in warning or breached: who owns the lead, which clock, and its deadline.</summary>
public sealed record ClockNeedingAction(long RunId, string AgreementId, int AgreementVersion, string ClockId, string LeadId, int Run, string Party, ClockState State, Instant? Due, Instant StartedAt, string CalendarZone, string? Owner);
