using NodaTime;
using Pactum.Domain.Clocks;
using Pactum.Domain.Leads;
using Pactum.Storage.Database;

namespace Pactum.Storage.Clocks;

/// <summary>How clock runs and their changes are laid out in <c>clock_runs</c> and <c>clock_changes</c>, both ways.</summary>
internal static class ClockRows
{
    public const string RunColumns = "id, agreement_id, clock_id, lead_id, run, agreement_version, calendar_zone, party, started_ticks, start_event_id, due_ticks, warn_ticks, stopped_ticks, elapsed_ticks, paused_ticks, state";

    public const string RunsOfLead = $"SELECT {RunColumns} FROM clock_runs WHERE lead_id = ?1 ORDER BY id";

    public const string ChangesOfLead =
        "SELECT c.run_id, c.at_ticks, c.state, c.event_id, c.cause, c.recorded_ticks, c.recorded_by, c.agreement_version " +
        "FROM clock_changes c JOIN clock_runs r ON r.id = c.run_id WHERE r.lead_id = ?1 ORDER BY c.id";

    public const string InsertRun =
        "INSERT INTO clock_runs (agreement_id, clock_id, lead_id, run, agreement_version, calendar_zone, party, started_ticks, start_event_id, " +
        "due_ticks, warn_ticks, stopped_ticks, elapsed_ticks, paused_ticks, state, closed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";

    public const string UpdateRun =
        "UPDATE clock_runs SET agreement_version = ?5, calendar_zone = ?6, party = ?7, started_ticks = ?8, start_event_id = ?9, due_ticks = ?10, " +
        "warn_ticks = ?11, stopped_ticks = ?12, elapsed_ticks = ?13, paused_ticks = ?14, state = ?15, closed = ?16 WHERE id = ?17";

    public const string InsertChange =
        "INSERT INTO clock_changes (run_id, at_ticks, state, event_id, cause, recorded_ticks, recorded_by, agreement_version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

    public const string OwnerOfLead = "SELECT owner FROM leads WHERE lead_id = ?1";

    /// <summary>The owner of <paramref name="leadId"/>, read by an <see cref="OwnerOfLead"/> statement.</summary>
    public static string? OwnerOf(SqliteStatement ownerOfLead, string leadId)
    {
        ownerOfLead.Bind(1, leadId);
        var owner = ownerOfLead.Read() ? ownerOfLead.Text(0) : null;
        ownerOfLead.Reset();
        return owner;
    }

    /// <summary>Binds the values of <paramref name="run"/> of agreement <paramref name="agreementId"/>, party <paramref name="party"/>, to <see cref="InsertRun"/> or <see cref="UpdateRun"/>.</summary>
    public static void Bind(SqliteStatement s, string agreementId, string party, ClockRun run)
    {
        s.Bind(1, agreementId);
        s.Bind(2, run.ClockId);
        s.Bind(3, run.LeadId);
        s.Bind(4, run.Run);
        s.Bind(5, run.AgreementVersion);
        s.Bind(6, run.CalendarZone);
        s.Bind(7, party);
        s.Bind(8, run.StartedAt.ToUnixTimeTicks());
        s.Bind(9, run.StartEventId);
        s.Bind(10, run.Due?.ToUnixTimeTicks());
        s.Bind(11, run.WarnAt?.ToUnixTimeTicks());
        s.Bind(12, run.StoppedAt?.ToUnixTimeTicks());
        s.Bind(13, run.Elapsed.BclCompatibleTicks);
        s.Bind(14, run.PausedFor.BclCompatibleTicks);
        s.Bind(15, ClockStates.ToText(run.State));
        s.Bind(16, run.IsClosed ? 1 : 0);
    }

    /// <summary>Binds one change of run <paramref name="runId"/> to <see cref="InsertChange"/>.</summary>
    public static void Bind(SqliteStatement s, long runId, ClockChange change, Instant recordedAt, string recordedBy, int agreementVersion)
    {
        s.Bind(1, runId);
        s.Bind(2, change.At.ToUnixTimeTicks());
        s.Bind(3, ClockStates.ToText(change.State));
        s.Bind(4, change.EventId);
        s.Bind(5, change.Cause?.ToText());
        s.Bind(6, recordedAt.ToUnixTimeTicks());
        s.Bind(7, recordedBy);
        s.Bind(8, agreementVersion);
    }

    /// <summary>The runs of one lead with their histories, read by <see cref="RunsOfLead"/> and <see cref="ChangesOfLead"/> statements.</summary>
    public static List<StoredClockRun> OfLead(SqliteStatement runsOfLead, SqliteStatement changesOfLead, string leadId)
    {
        var rows = new List<(long Id, string AgreementId, string Party, ClockRun Run)>();
        runsOfLead.Bind(1, leadId);
        while (runsOfLead.Read())
        {
            rows.Add(ReadRun(runsOfLead));
        }

        runsOfLead.Reset();
        var changes = new Dictionary<long, List<RecordedClockChange>>();
        if (rows.Count > 0)
        {
            changesOfLead.Bind(1, leadId);
            while (changesOfLead.Read())
            {
                var runId = changesOfLead.Int64(0);
                if (!changes.TryGetValue(runId, out var list))
                {
                    changes[runId] = list = [];
                }

                list.Add(ReadChange(changesOfLead, 1));
            }

            changesOfLead.Reset();
        }

        return rows.Select(r =>
        {
            var recorded = changes.GetValueOrDefault(r.Id) ?? [];
            return new StoredClockRun(r.Id, r.AgreementId, r.Party, r.Run with { History = recorded.Select(c => c.Change).ToList() }, recorded);
        }).ToList();
    }

    /// <summary>A run from a row of <see cref="RunColumns"/> (its history left empty).</summary>
    public static (long Id, string AgreementId, string Party, ClockRun Run) ReadRun(SqliteStatement r) => (r.Int64(0), r.Text(1)!, r.Text(7)!, new ClockRun
    {
        ClockId = r.Text(2)!,
        LeadId = r.Text(3)!,
        Run = (int)r.Int64(4),
        AgreementVersion = (int)r.Int64(5),
        CalendarZone = r.Text(6)!,
        StartedAt = Instant.FromUnixTimeTicks(r.Int64(8)),
        StartEventId = r.Text(9)!,
        Due = Ticks(r.Int64OrNull(10)),
        WarnAt = Ticks(r.Int64OrNull(11)),
        StoppedAt = Ticks(r.Int64OrNull(12)),
        Elapsed = Duration.FromTicks(r.Int64(13)),
        PausedFor = Duration.FromTicks(r.Int64(14)),
        State = ClockStates.Parse(r.Text(15)!),
        History = [],
    });

    /// <summary>A recorded change from the columns at <paramref name="first"/>: at, state, event id, cause, recorded at, by, version.</summary>
    public static RecordedClockChange ReadChange(SqliteStatement r, int first)
    {
        LeadEventType? cause = LeadEventTypes.TryParse(r.Text(first + 3), out var type, out _) ? type : null;
        var change = new ClockChange(Instant.FromUnixTimeTicks(r.Int64(first)), ClockStates.Parse(r.Text(first + 1)!), r.Text(first + 2), cause);
        return new RecordedClockChange(change, Instant.FromUnixTimeTicks(r.Int64(first + 4)), r.Text(first + 5)!, (int)r.Int64(first + 6));
    }

    public static Instant? Ticks(long? ticks) => ticks is { } t ? Instant.FromUnixTimeTicks(t) : null;
}
