using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Storage.Database;
using Pactum.Domain.Leads;
using Pactum.Domain.Reports;
using Pactum.Storage.Reports;

namespace Pactum.Storage.Leads;

/// <summary>
/// Appends events and projects their leads inside the connection's open transaction, through statements prepared
/// once and driven through SQLite's C API (<see cref="SqliteStatement"/>). <see cref="Add"/> stores an event and
/// applies it at once to its lead's projection in memory (<see cref="LeadCache"/>); <see cref="SaveLeads"/> then
/// stores the leads touched since its last call, with the rowids of their events, before the transaction commits. A
/// lead whose continued projection no longer matches the stored one (another writer added events, or the cache did
/// not hold it), or that received a late or out-of-order event, is replayed from all of its events in the log. Each
/// lead's hand-off rows and its share of the daily report aggregates change with it (<see cref="FollowUpWriter"/>).
/// </summary>
internal sealed class EventLogWriter : IDisposable
{
    private readonly SqliteStatement _insert;
    private readonly SqliteStatement _findEvent;
    private readonly SqliteStatement _rowIdsOfLead;
    private readonly SqliteStatement _atRowId;
    private readonly SqliteStatement _saveLead;
    private readonly SqliteStatement _insertNewLead;
    private readonly SqliteStatement _continueLeadFrom;
    private readonly SqliteStatement _storedFollowUp;
    private readonly FollowUpWriter _followUps;
    private readonly List<long> _added = [];
    private readonly LeadCache _cache = new();

    public EventLogWriter(SqliteConnection connection)
    {
        _insert = new SqliteStatement(connection, $"INSERT INTO lead_events ({EventRows.Columns}) VALUES ({string.Join(", ", EventRows.Parameters)}) ON CONFLICT (event_id) DO NOTHING");
        _findEvent = new SqliteStatement(connection, $"SELECT {EventRows.Columns} FROM lead_events WHERE event_id = $id");
        _rowIdsOfLead = new SqliteStatement(connection, EventRows.RowIdsOfLead);
        _atRowId = new SqliteStatement(connection, EventRows.AtRowId);
        _saveLead = new SqliteStatement(connection, LeadRows.Upsert);
        _insertNewLead = new SqliteStatement(connection, LeadRows.InsertNew);
        _continueLeadFrom = new SqliteStatement(connection, LeadRows.ContinueFrom);
        _storedFollowUp = new SqliteStatement(connection, FollowUpWriter.StoredFollowUp);
        _followUps = new FollowUpWriter(connection);
    }

    /// <summary>Appends <paramref name="events"/> and saves the leads they touch.</summary>
    public IReadOnlyList<EventOutcome> Append(IReadOnlyList<LeadEvent> events, Instant receivedAt)
    {
        var outcomes = events.Select(e => Add(e, receivedAt)).ToList();
        SaveLeads();
        return outcomes;
    }

    /// <summary>The ids of the leads stored by <see cref="SaveLeads"/> since the caller last cleared the list (their clocks are recorded next).</summary>
    public List<string> SavedLeads { get; } = [];

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

        _cache.Apply(e, _insert.LastInsertRowId);
        return new EventOutcome(e.EventId, AppendOutcome.Taken);
    }

    /// <summary>
    /// Stores the projection of every lead touched since the last call, with its events' rowids. A continued projection
    /// is stored only if the stored lead is still the one it continues (the same event count: one statement, no read);
    /// otherwise the lead is replayed from all of its events: those the stored row lists and those added.
    /// </summary>
    public void SaveLeads()
    {
        foreach (var lead in _cache.Touched)
        {
            _cache.AddedTo(lead, _added);
            var projection = lead.Projection;
            var summary = projection?.Summary();
            LeadFollowUp? before;
            var newRow = false;
            if (summary is not null && StoreOver(lead, summary))
            {
                (before, newRow) = (lead.StoredFollowUp, lead.StoredEventCount is null);
            }
            else
            {
                before = FollowUpWriter.Read(_storedFollowUp, lead.LeadId);
                var rowIds = EventRowIds.Append(EventRows.StoredRowIds(_rowIdsOfLead, lead.LeadId), _added);
                projection = LeadProjection.Of(lead.LeadId, EventRows.AtRowIds(_atRowId, rowIds).Select(r => r.Event), ProjectionDetail.Summary);
                summary = projection.Summary();
                LeadRows.Bind(_saveLead, summary, rowIds);
                _saveLead.Execute();
            }

            var after = LeadFollowUp.Of(summary);
            _followUps.Change(lead.LeadId, before, after, newRow);
            lead.Stored(projection!, after);
            SavedLeads.Add(lead.LeadId);
        }

        _followUps.Flush();
        _cache.Saved();
    }

    /// <summary>
    /// Stores <paramref name="summary"/> with the rowids added (in <see cref="_added"/>) if the stored row is still the
    /// one this writer last stored for <paramref name="lead"/> (none, for a lead new to it); false when it is not.
    /// </summary>
    private bool StoreOver(CachedLead lead, LeadSummary summary)
    {
        var added = EventRowIds.Of(_added);
        if (lead.StoredEventCount is not { } storedCount)
        {
            LeadRows.Bind(_insertNewLead, summary, added);
            return _insertNewLead.Execute() == 1;
        }

        LeadRows.Bind(_continueLeadFrom, summary, added);
        _continueLeadFrom.Bind(LeadRows.StoredCountParameter, storedCount);
        return _continueLeadFrom.Execute() == 1;
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

    public void Dispose()
    {
        _insert.Dispose();
        _findEvent.Dispose();
        _rowIdsOfLead.Dispose();
        _atRowId.Dispose();
        _saveLead.Dispose();
        _insertNewLead.Dispose();
        _continueLeadFrom.Dispose();
        _storedFollowUp.Dispose();
        _followUps.Dispose();
    }
}
