using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Domain.Clocks;
using Pactum.Domain.Leads;
using Pactum.Storage.Database;
using Pactum.Storage.Leads;
using Pactum.Storage.Notices;

namespace Pactum.Storage.Clocks;

/// <summary>
/// The clock projector: brings the stored runs of a lead up to date with the projection of its events under the
/// agreements' clock plans, inside the connection's open transaction (the one that appended the events, or stored the
/// agreement version). New runs are inserted; open runs take the latest plan, recomputed from their original start;
/// a closed run keeps its verdict under the version that judged it — a late event still moves it — unless a replay
/// judges it again under the latest. Every change is appended to the run's history, and warnings and breaches are
/// written to the outbox in the same transaction. Runs no longer in any plan (a clock taken out of the agreement) are
/// cancelled.
/// </summary>
internal sealed class ClockRecorder : IDisposable
{
    private readonly ClockPlans _plans;
    private readonly SqliteStatement _runsOfLead;
    private readonly SqliteStatement _changesOfLead;
    private readonly SqliteStatement _insertRun;
    private readonly SqliteStatement _updateRun;
    private readonly SqliteStatement _insertChange;
    private readonly SqliteStatement _insertNotice;
    private readonly SqliteStatement _rowIdsOfLead;
    private readonly SqliteStatement _atRowId;
    private readonly SqliteStatement _ownerOfLead;

    public ClockRecorder(SqliteConnection connection, ClockPlans plans)
    {
        _plans = plans;
        _runsOfLead = new SqliteStatement(connection, ClockRows.RunsOfLead);
        _changesOfLead = new SqliteStatement(connection, ClockRows.ChangesOfLead);
        _insertRun = new SqliteStatement(connection, ClockRows.InsertRun);
        _updateRun = new SqliteStatement(connection, ClockRows.UpdateRun);
        _insertChange = new SqliteStatement(connection, ClockRows.InsertChange);
        _insertNotice = new SqliteStatement(connection, NoticeRows.Insert);
        _rowIdsOfLead = new SqliteStatement(connection, EventRows.RowIdsOfLead);
        _atRowId = new SqliteStatement(connection, EventRows.AtRowId);
        _ownerOfLead = new SqliteStatement(connection, ClockRows.OwnerOfLead);
    }

    /// <summary>The alarms of the runs left open, for the sweeper.</summary>
    public List<ClockAlarm> Alarms { get; } = [];

    /// <summary>The runs whose state or deadline moved, before and after.</summary>
    public List<ClockRunChange> Moved { get; } = [];

    /// <summary>
    /// Records the clocks of lead <paramref name="leadId"/> under <paramref name="latest"/> as of <paramref name="now"/>;
    /// a replay of agreement <paramref name="replayed"/> judges its closed runs again under its latest plan.
    /// </summary>
    public void Record(string leadId, IReadOnlyList<ClockPlan> latest, Instant now, string recordedBy, string? replayed = null)
    {
        var stored = ClockRows.OfLead(_runsOfLead, _changesOfLead, leadId).ToDictionary(s => s.Key);
        var events = EventRows.AtRowIds(_atRowId, EventRows.StoredRowIds(_rowIdsOfLead, leadId)).Select(r => r.Event).ToList();
        var lead = new LeadContext(leadId, events, now, recordedBy, this);
        foreach (var plan in latest)
        {
            foreach (var (clock, run) in plan.RunsOn(leadId, events, now))
            {
                var key = (leadId, plan.AgreementId, clock.Id, run.Run);
                var before = stored.GetValueOrDefault(key);
                stored.Remove(key);
                if (before is { Run.IsClosed: true } && replayed != plan.AgreementId && before.Run.AgreementVersion != plan.AgreementVersion)
                {
                    lead.Save(before, _plans.At(plan.AgreementId, before.Run.AgreementVersion));
                }
                else
                {
                    lead.Save(before, plan, clock, run);
                }
            }
        }

        foreach (var orphan in stored.Values.Where(s => !s.Run.IsClosed))
        {
            var cancelled = orphan.Run with { State = ClockState.Cancelled, StoppedAt = now, History = [.. orphan.Run.History, new ClockChange(now, ClockState.Cancelled, null, null)] };
            lead.Save(orphan, null, null, cancelled);
        }
    }

    public void Dispose()
    {
        _runsOfLead.Dispose();
        _changesOfLead.Dispose();
        _insertRun.Dispose();
        _updateRun.Dispose();
        _insertChange.Dispose();
        _insertNotice.Dispose();
        _rowIdsOfLead.Dispose();
        _atRowId.Dispose();
        _ownerOfLead.Dispose();
    }

    /// <summary>One lead being recorded: its events, "now", and its owner once a notice needs it.</summary>
    private sealed class LeadContext(string leadId, IReadOnlyList<LeadEvent> events, Instant now, string recordedBy, ClockRecorder recorder)
    {
        private string? _owner;
        private bool _ownerRead;

        /// <summary>Re-judges closed run <paramref name="before"/> under the version that judged it (a late event may move it).</summary>
        public void Save(StoredClockRun before, ClockPlan? own)
        {
            var (clock, run) = own?.RunsOn(leadId, events, now).FirstOrDefault(r => r.Clock.Id == before.Run.ClockId && r.Run.Run == before.Run.Run) ?? default;
            if (clock is not null && run is not null)
            {
                Save(before, own, clock, run);
            }
        }

        /// <summary>
        /// Stores <paramref name="run"/> over <paramref name="before"/> (null: a new run of <paramref name="clock"/> in
        /// <paramref name="plan"/>), appending the changes it lacks; a run no plan declares any more tells no one.
        /// </summary>
        public void Save(StoredClockRun? before, ClockPlan? plan, ClockDefinition? clock, ClockRun run)
        {
            var appended = ClockReconciliation.ChangesToAppend(before?.Run.History, run, now);
            long id;
            if (before is null)
            {
                ClockRows.Bind(recorder._insertRun, plan!.AgreementId, clock!.Party, run);
                recorder._insertRun.Execute();
                id = recorder._insertRun.LastInsertRowId;
            }
            else
            {
                id = before.Id;
                if (ClockReconciliation.Differs(before.Run, run))
                {
                    ClockRows.Bind(recorder._updateRun, before.AgreementId, before.Party, run);
                    recorder._updateRun.Bind(17, id);
                    recorder._updateRun.Execute();
                }

                if (before.Run.State != run.State || before.Run.Due != run.Due)
                {
                    recorder.Moved.Add(new ClockRunChange(before.AgreementId, run.ClockId, leadId, run.Run, before.Run.State, run.State, before.Run.Due, run.Due));
                }
            }

            foreach (var change in appended)
            {
                ClockRows.Bind(recorder._insertChange, id, change, now, recordedBy, run.AgreementVersion);
                recorder._insertChange.Execute();
                if (plan is not null && clock is not null)
                {
                    NoticeRows.WriteIfTold(recorder._insertNotice, plan, clock, run, change, Owner(), now);
                }
            }

            if (!run.IsClosed)
            {
                recorder.Alarms.AddRange(ClockAlarm.Of(id, run.State, run.WarnAt, run.Due));
            }
        }

        private string? Owner()
        {
            if (!_ownerRead)
            {
                _owner = ClockRows.OwnerOf(recorder._ownerOfLead, leadId);
                _ownerRead = true;
            }

            return _owner;
        }
    }
}

/// <summary>A run whose state or deadline moved when it was recorded again (what a replay shows).</summary>
public sealed record ClockRunChange(string AgreementId, string ClockId, string LeadId, int Run, ClockState StateBefore, ClockState StateAfter, Instant? DueBefore, Instant? DueAfter);
