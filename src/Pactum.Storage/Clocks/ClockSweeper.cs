using NodaTime;
using Pactum.Domain.Clocks;
using Pactum.Storage.Database;
using Pactum.Storage.Notices;

namespace Pactum.Storage.Clocks;

/// <summary>
/// Records warnings and breaches when their time comes (SPEC C3). It knows the next due instant from
/// <see cref="ClockAlarms"/> — rebuilt from the open runs at start-up, fed by the projector after — and sleeps until
/// then, so it never scans every row every minute. Each change is recorded at its true instant (the warning or the
/// deadline, not the moment the sweeper woke) and exactly once: the update that records it applies only while the run
/// is still in the state and at the deadline the alarm was set for, so a late wake-up, a restart or an event that
/// moved the run first cannot record it twice or wrongly. Notices go to the outbox in the same transaction.
/// </summary>
public sealed class ClockSweeper(SqliteDatabase database, ClockPlans plans, ClockAlarms alarms, IClock clock)
{
    /// <summary>How long the sweeper sleeps at most; it rebuilds its queue from the database when it wakes so (clocks another process stored).</summary>
    public static readonly TimeSpan LongestSleep = TimeSpan.FromMinutes(10);

    /// <summary>Raised after each sweep that recorded something, once its transaction has committed (for figures: how late each change was recorded).</summary>
    public event Action<IReadOnlyList<(ClockAlarm Alarm, Instant RecordedAt)>>? Recorded;

    private const string OpenAlarms = "SELECT id, state, warn_ticks, due_ticks FROM clock_runs WHERE closed = 0 AND state IN ('running', 'warning') AND due_ticks IS NOT NULL";

    private const string Warn = $"UPDATE clock_runs SET state = 'warning' WHERE id = ?1 AND warn_ticks = ?2 AND closed = 0 AND state = 'running' RETURNING {ClockRows.RunColumns}";

    private const string Breach = $"UPDATE clock_runs SET state = 'breached' WHERE id = ?1 AND due_ticks = ?2 AND closed = 0 AND state IN ('running', 'warning') RETURNING {ClockRows.RunColumns}";

    /// <summary>
    /// Adds to the queue the alarms of every open run in the database (those already queued stay once); the number
    /// found. Adding rather than replacing keeps an alarm the projector queued while the database was being read.
    /// </summary>
    public int Rebuild()
    {
        using var connection = database.Connect();
        using var open = new SqliteStatement(connection, OpenAlarms);
        var found = new List<ClockAlarm>();
        while (open.Read())
        {
            found.AddRange(ClockAlarm.Of(open.Int64(0), ClockStates.Parse(open.Text(1)!), ClockRows.Ticks(open.Int64OrNull(2)), ClockRows.Ticks(open.Int64OrNull(3))));
        }

        open.Reset();
        alarms.Schedule(found);
        return found.Count;
    }

    /// <summary>
    /// Records every alarm due at or before <paramref name="now"/>, in order, in one transaction; the changes recorded
    /// (alarms an event or a new agreement version overtook record nothing).
    /// </summary>
    public IReadOnlyList<(ClockAlarm Alarm, Instant RecordedAt)> Sweep(Instant now)
    {
        var due = alarms.TakeDue(now);
        if (due.Count == 0)
        {
            return [];
        }

        var recorded = new List<(ClockAlarm, Instant)>();
        try
        {
            using var connection = database.Connect();
            using var transaction = connection.BeginTransaction();
            using var warn = new SqliteStatement(connection, Warn);
            using var breach = new SqliteStatement(connection, Breach);
            using var insertChange = new SqliteStatement(connection, ClockRows.InsertChange);
            using var insertNotice = new SqliteStatement(connection, NoticeRows.Insert);
            using var ownerOfLead = new SqliteStatement(connection, ClockRows.OwnerOfLead);
            foreach (var alarm in due)
            {
                var update = alarm.State == ClockState.Warning ? warn : breach;
                update.Bind(1, alarm.RunId);
                update.Bind(2, alarm.At.ToUnixTimeTicks());
                if (!update.Read())
                {
                    continue; // overtaken: the run moved before its alarm came
                }

                var (id, agreementId, _, run) = ClockRows.ReadRun(update);
                update.Reset();
                var change = new ClockChange(alarm.At, alarm.State, null, null);
                ClockRows.Bind(insertChange, id, change, now, ClockRecorders.Sweeper, run.AgreementVersion);
                insertChange.Execute();
                if (plans.At(agreementId, run.AgreementVersion) is { } plan && plan.Find(run.ClockId) is { } definition)
                {
                    NoticeRows.WriteIfTold(insertNotice, plan, definition, run, change, ClockRows.OwnerOf(ownerOfLead, run.LeadId), now);
                }

                recorded.Add((alarm, now));
            }

            transaction.Commit();
        }
        catch
        {
            alarms.Schedule(due); // tried again at the next sweep
            throw;
        }

        if (recorded.Count > 0)
        {
            Recorded?.Invoke(recorded);
        }

        return recorded;
    }

    /// <summary>
    /// Rebuilds the queue, then sweeps until <paramref name="stop"/>: sleeping until the next alarm (or
    /// <see cref="LongestSleep"/>), waking early when the projector adds a sooner one.
    /// </summary>
    public async Task RunAsync(CancellationToken stop)
    {
        Rebuild();
        var rebuiltAt = clock.GetCurrentInstant();
        while (!stop.IsCancellationRequested)
        {
            Sweep(clock.GetCurrentInstant());
            var now = clock.GetCurrentInstant();
            if (now - rebuiltAt >= Duration.FromTimeSpan(LongestSleep))
            {
                Rebuild();
                rebuiltAt = now;
            }

            var sleep = alarms.Next is { } next ? (next - now).ToTimeSpan() : LongestSleep;
            sleep = sleep < TimeSpan.Zero ? TimeSpan.Zero : sleep > LongestSleep ? LongestSleep : sleep;
            await alarms.WaitAsync(sleep, stop).ConfigureAwait(false);
        }
    }
}
