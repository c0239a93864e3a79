using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Domain.Leads;

namespace Pactum.Storage.Leads;

/// <summary>
/// Appends events and projects their leads inside the connection's open transaction, through statements prepared
/// once and driven through SQLite's C API (<see cref="SqliteStatement"/>). <see cref="Add"/> stores an event;
/// <see cref="SaveLeads"/> then stores the leads touched since its last call, before the transaction commits. A lead
/// whose new events all sort after its last projected event is continued (from the cache when it holds the stored
/// lead, else from its events in the log); any other — a late or out-of-order event — is replayed from all of its
/// events.
/// </summary>
internal sealed class EventLogWriter : IDisposable
{
    private readonly SqliteStatement _insert;
    private readonly SqliteStatement _findEvent;
    private readonly SqliteStatement _findLead;
    private readonly SqliteStatement _leadEvents;
    private readonly SqliteStatement _saveLead;
    private readonly SqliteStatement _insertNewLead;
    private readonly SqliteStatement _updateLeadFrom;
    private readonly LeadCache _cache;
    private readonly Dictionary<string, List<LeadEvent>> _touched = new(StringComparer.Ordinal);

    public EventLogWriter(SqliteConnection connection, LeadCache? cache = null)
    {
        _cache = cache ?? new LeadCache();
        _insert = new SqliteStatement(connection, $"INSERT INTO lead_events ({EventRows.Columns}) VALUES ({string.Join(", ", EventRows.Parameters)}) ON CONFLICT (event_id) DO NOTHING");
        _findEvent = new SqliteStatement(connection, $"SELECT {EventRows.Columns} FROM lead_events WHERE event_id = $id");
        _findLead = new SqliteStatement(connection, "SELECT event_count, last_event_id FROM leads WHERE lead_id = $id");
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
    /// Appends one event; its lead is projected by the next <see cref="SaveLeads"/>. <paramref name="snapshotFact"/>:
    /// the event is dated by a CRM export's snapshot, so the same content seen again at a later instant is a duplicate.
    /// </summary>
    public EventOutcome Add(LeadEvent e, Instant receivedAt, bool snapshotFact = false)
    {
        EventRows.Bind(_insert, e, receivedAt);
        if (_insert.Execute() != 1)
        {
            return AgainstStored(e, snapshotFact);
        }

        if (!_touched.TryGetValue(e.LeadId, out var added))
        {
            _touched[e.LeadId] = added = [];
        }

        added.Add(e);
        return new EventOutcome(e.EventId, AppendOutcome.Taken);
    }

    /// <summary>
    /// Stores the projection of every lead touched since the last call. A lead the cache holds (or a new one) is
    /// continued from there and stored only if the stored lead is still the one it continues (same event count and last
    /// event: one statement, no read); otherwise it is projected from the lead as stored now.
    /// </summary>
    public void SaveLeads()
    {
        foreach (var (leadId, added) in _touched)
        {
            added.Sort(LeadEvent.Compare);
            var cached = _cache.Latest(leadId);
            if (Continue(cached, leadId, added) is not { } lead || !StoreOver(cached, lead))
            {
                lead = Continue(StoredLead(leadId, added), leadId, added) ?? LeadProjection.Project(leadId, Logged(leadId));
                LeadRows.Bind(_saveLead, lead);
                _saveLead.Execute();
            }

            _cache.Keep(lead);
        }

        _touched.Clear();
    }

    /// <summary>
    /// <paramref name="stored"/> (null: a new lead) continued with <paramref name="added"/> (sorted in projection order),
    /// or null when an added event sorts before its last one (a late event: the lead must be replayed).
    /// </summary>
    private static Lead? Continue(Lead? stored, string leadId, List<LeadEvent> added)
    {
        if (stored is not null && !stored.IsAfterLastEvent(added[0]))
        {
            return null;
        }

        var projection = stored is null ? LeadProjection.Start(leadId) : LeadProjection.Resume(stored);
        foreach (var e in added)
        {
            projection.Apply(e);
        }

        return projection.Snapshot();
    }

    /// <summary>Stores <paramref name="lead"/> if the stored lead is <paramref name="before"/> (null: none); false when it is not.</summary>
    private bool StoreOver(Lead? before, Lead lead)
    {
        if (before is null)
        {
            LeadRows.Bind(_insertNewLead, lead);
            return _insertNewLead.Execute() == 1;
        }

        LeadRows.Bind(_updateLeadFrom, lead);
        _updateLeadFrom.Bind(13, before.EventCount);
        _updateLeadFrom.Bind(14, before.LastEventId);
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

    /// <summary>
    /// The lead as stored before <paramref name="added"/> (null for a new lead): from the cache when it holds that very
    /// lead, otherwise projected from its logged events other than those just added.
    /// </summary>
    private Lead? StoredLead(string leadId, List<LeadEvent> added)
    {
        _findLead.Bind(1, leadId);
        if (!_findLead.Read())
        {
            _findLead.Reset();
            return null;
        }

        var eventCount = (int)_findLead.Int64(0);
        var lastEventId = _findLead.Text(1)!;
        _findLead.Reset();
        if (_cache.Find(leadId, eventCount, lastEventId) is { } cached)
        {
            return cached;
        }

        var addedIds = added.Select(e => e.EventId).ToHashSet(StringComparer.Ordinal);
        return LeadProjection.Project(leadId, Logged(leadId).Where(e => !addedIds.Contains(e.EventId)));
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
        _findLead.Dispose();
        _leadEvents.Dispose();
        _saveLead.Dispose();
        _insertNewLead.Dispose();
        _updateLeadFrom.Dispose();
    }
}
