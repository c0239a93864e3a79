using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Domain.Leads;

namespace Pactum.Storage.Leads;

/// <summary>
/// Appends events and projects their leads inside the connection's open transaction, through statements prepared
/// once and driven through SQLite's C API (<see cref="SqliteStatement"/>). <see cref="Add"/> stores an event and
/// applies it at once to its lead's projection in memory (continued from the cache when the cache holds the lead);
/// <see cref="SaveLeads"/> then stores the leads touched since its last call, before the transaction commits. A lead
/// whose continued projection no longer matches the stored one (another writer added events, or the cache did not
/// hold it), or that received a late or out-of-order event, is replayed from all of its events in the log.
/// </summary>
internal sealed class EventLogWriter : IDisposable
{
    private readonly SqliteStatement _insert;
    private readonly SqliteStatement _findEvent;
    private readonly SqliteStatement _leadEvents;
    private readonly SqliteStatement _saveLead;
    private readonly SqliteStatement _insertNewLead;
    private readonly SqliteStatement _updateLeadFrom;
    private readonly LeadCache _cache;
    private readonly Dictionary<string, TouchedLead> _touched = new(StringComparer.Ordinal);

    public EventLogWriter(SqliteConnection connection, LeadCache? cache = null)
    {
        _cache = cache ?? new LeadCache();
        _insert = new SqliteStatement(connection, $"INSERT INTO lead_events ({EventRows.Columns}) VALUES ({string.Join(", ", EventRows.Parameters)}) ON CONFLICT (event_id) DO NOTHING");
        _findEvent = new SqliteStatement(connection, $"SELECT {EventRows.Columns} FROM lead_events WHERE event_id = $id");
        _leadEvents = new SqliteStatement(connection, EventRows.OfLead);
        _saveLead = new SqliteStatement(connection, LeadRows.Upsert);
        _insertNewLead = new SqliteStatement(connection, LeadRows.InsertNew);
        _updateLeadFrom = new SqliteStatement(connection, LeadRows.UpdateFrom);
    }

    /// <summary>Appends <paramref name="events"/> and saves the leads they touch.</summary>
    public IReadOnlyList<EventOutcome> Append(IReadOnlyList<LeadEvent> events, Instant receivedAt)
    {
        var outcomes = events.Select(e => Add(e, receivedAt)).ToList();
        SaveLeads();
        return outcomes;
    }

    /// <summary>
    /// Appends one event and applies it to its lead's projection; the lead is stored by the next
    /// <see cref="SaveLeads"/>. <paramref name="snapshotFact"/>: the event is dated by a CRM export's snapshot, so the
    /// same content seen again at a later instant is a duplicate.
    /// </summary>
    public EventOutcome Add(LeadEvent e, Instant receivedAt, bool snapshotFact = false)
    {
        EventRows.Bind(_insert, e, receivedAt);
        if (_insert.Execute() != 1)
        {
            return AgainstStored(e, snapshotFact);
        }

        if (!_touched.TryGetValue(e.LeadId, out var touched))
        {
            var cached = _cache.Latest(e.LeadId);
            _touched[e.LeadId] = touched = cached is null
                ? new TouchedLead(null, LeadProjection.Start(e.LeadId, ProjectionDetail.Summary))
                : new TouchedLead(new LastEvent(cached.EventCount, cached.LastEventId), cached);
        }

        if (touched.Projection is { } projection && projection.CanApply(e))
        {
            projection.Apply(e);
        }
        else
        {
            touched.Projection = null; // a late event: the lead is replayed when saved
        }

        return new EventOutcome(e.EventId, AppendOutcome.Taken);
    }

    /// <summary>
    /// Stores the projection of every lead touched since the last call. A continued projection is stored only if the
    /// stored lead is still the one it continues (same event count and last event: one statement, no read); otherwise
    /// the lead is replayed from all of its logged events.
    /// </summary>
    public void SaveLeads()
    {
        foreach (var (leadId, touched) in _touched)
        {
            var projection = touched.Projection;
            if (projection is null || !StoreOver(touched.Before, projection.Summary()))
            {
                projection = LeadProjection.Of(leadId, Logged(leadId), ProjectionDetail.Summary);
                LeadRows.Bind(_saveLead, projection.Summary());
                _saveLead.Execute();
            }

            _cache.Keep(projection);
        }

        _touched.Clear();
    }

    /// <summary>Stores <paramref name="lead"/> if the stored lead ends with <paramref name="before"/> (null: none is stored); false when it does not.</summary>
    private bool StoreOver(LastEvent? before, LeadSummary lead)
    {
        if (before is null)
        {
            LeadRows.Bind(_insertNewLead, lead);
            return _insertNewLead.Execute() == 1;
        }

        LeadRows.Bind(_updateLeadFrom, lead);
        _updateLeadFrom.Bind(13, before.EventCount);
        _updateLeadFrom.Bind(14, before.EventId);
        return _updateLeadFrom.Execute() == 1;
    }

    private EventOutcome AgainstStored(LeadEvent e, bool snapshotFact)
    {
        _findEvent.Bind(1, e.EventId);
        var stored = _findEvent.Read() ? EventRows.Read(_findEvent).Event : throw new InvalidOperationException($"Event {e.EventId} was neither inserted nor found.");
        _findEvent.Reset();
        var differences = e.DifferencesFrom(stored);
        if (snapshotFact && differences is ["occurred_at"] && e.OccurredAt > stored.OccurredAt)
        {
            return new EventOutcome(e.EventId, AppendOutcome.Duplicate, "the same status seen again in a later export; the first sighting stands");
        }

        return differences.Count == 0
            ? new EventOutcome(e.EventId, AppendOutcome.Duplicate)
            : new EventOutcome(e.EventId, AppendOutcome.Rejected, $"event {e.EventId} was received before with different content ({string.Join(", ", differences)} differ); an event ID names one fact");
    }

    private List<LeadEvent> Logged(string leadId)
    {
        _leadEvents.Bind(1, leadId);
        return EventRows.ReadAll(_leadEvents).Select(r => r.Event).ToList();
    }

    public void Dispose()
    {
        _insert.Dispose();
        _findEvent.Dispose();
        _leadEvents.Dispose();
        _saveLead.Dispose();
        _insertNewLead.Dispose();
        _updateLeadFrom.Dispose();
    }

    /// <summary>
    /// A lead touched since the last save: the last event of the stored lead its projection continues (null: a new
    /// lead) and its projection (null: replay it).
    /// </summary>
    private sealed class TouchedLead(LastEvent? before, LeadProjection? projection)
    {
        public LastEvent? Before { get; } = before;

        public LeadProjection? Projection { get; set; } = projection;
    }
}

/// <summary>Which event a stored lead ends with: its event count and the ID of its last event.</summary>
internal sealed record LastEvent(int EventCount, string EventId);
