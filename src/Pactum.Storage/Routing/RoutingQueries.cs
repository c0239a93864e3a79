using Dapper;
using NodaTime;
using Pactum.Storage.Database;

namespace Pactum.Storage.Routing;

/// <summary>The reads the hand-off automation makes of the lead log, the lead projection and the clock runs.</summary>
public sealed class RoutingQueries(SqliteDatabase database)
{
    /// <summary>The statuses of a lead a rep is working: the load capacity assignment counts.</summary>
    public static readonly IReadOnlyList<string> OpenStatuses = ["open", "in_progress", "connected"];

    /// <summary>The leads with events after rowid <paramref name="after"/> (at most <paramref name="take"/> events read), and the last rowid read.</summary>
    public (IReadOnlyList<string> LeadIds, long LastRowId) ChangedSince(long after, int take = 20_000)
    {
        using var connection = database.Connect();
        var rows = connection.Query<(long RowId, string LeadId)>(
            "SELECT rowid, lead_id FROM lead_events WHERE rowid > @after ORDER BY rowid LIMIT @take", new { after, take }).ToList();
        return rows.Count == 0 ? ([], after) : (rows.Select(r => r.LeadId).Distinct().ToList(), rows[^1].RowId);
    }

    /// <summary>The highest rowid in the log (0 when it is empty).</summary>
    public long LastRowId()
    {
        using var connection = database.Connect();
        return connection.ExecuteScalar<long?>("SELECT MAX(rowid) FROM lead_events") ?? 0;
    }

    /// <summary>The leads not with sales: never handed off, or recycled since (the leads a rule change may hand off).</summary>
    public IReadOnlyList<string> InMarketing()
    {
        using var connection = database.Connect();
        return connection.Query<string>(
            "SELECT lead_id FROM leads WHERE (first_handoff_ticks IS NULL AND status NOT IN ('disqualified')) OR status = 'recycled' ORDER BY lead_id").ToList();
    }

    /// <summary>The leads a rep is working (<see cref="OpenStatuses"/>), by owner.</summary>
    public IReadOnlyDictionary<string, int> OpenLeadsByOwner()
    {
        using var connection = database.Connect();
        return connection.Query<(string Owner, long Count)>(
                "SELECT owner, COUNT(*) FROM leads WHERE owner IS NOT NULL AND status IN @OpenStatuses GROUP BY owner", new { OpenStatuses })
            .ToDictionary(r => r.Owner, r => (int)r.Count);
    }

    /// <summary>The leads being worked (status open or in progress): those a recycle rule may return to marketing.</summary>
    public IReadOnlyList<string> BeingWorked()
    {
        using var connection = database.Connect();
        return connection.Query<string>("SELECT lead_id FROM leads WHERE status IN ('open', 'in_progress') ORDER BY lead_id").ToList();
    }

    /// <summary>
    /// The open runs of <paramref name="clockIds"/> of agreement <paramref name="agreementId"/> that are breached: a
    /// first touch missed and still not made. Each with the lead, the run's start event (the hand-off) and its due instant.
    /// </summary>
    public IReadOnlyList<BreachedRun> OpenBreaches(string agreementId, IReadOnlyCollection<string> clockIds)
    {
        using var connection = database.Connect();
        return connection.Query<(string LeadId, string StartEventId, long? DueTicks, string ClockId)>(
                "SELECT lead_id, start_event_id, due_ticks, clock_id FROM clock_runs WHERE agreement_id = @agreementId AND clock_id IN @clockIds AND closed = 0 AND state = 'breached' ORDER BY due_ticks",
                new { agreementId, clockIds })
            .Select(r => new BreachedRun(r.LeadId, r.StartEventId, r.DueTicks is { } due ? Instant.FromUnixTimeTicks(due) : null, r.ClockId))
            .ToList();
    }

    /// <summary>Whether the log holds an event with id <paramref name="eventId"/>.</summary>
    public bool HasEvent(string eventId)
    {
        using var connection = database.Connect();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM lead_events WHERE event_id = @eventId", new { eventId }) > 0;
    }
}

/// <summary>A breached, still open clock run: the lead, the event that started it, when it was due, and the clock.</summary>
public sealed record BreachedRun(string LeadId, string StartEventId, Instant? Due, string ClockId);
