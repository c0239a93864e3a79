using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Domain.Leads;

namespace Pactum.Storage.Leads;

/// <summary>
/// Appends events and projects their leads inside one transaction, with prepared statements reused for the whole
/// batch. A lead whose new events all sort after its last projected event is continued (from the cache when it holds
/// the stored lead, else from its events in the log); any other — a late or out-of-order event — is replayed from all
/// of its events.
/// </summary>
internal sealed class EventLogWriter : IDisposable
{
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _findEvent;
    private readonly SqliteCommand _findLead;
    private readonly SqliteCommand _leadEvents;
    private readonly SqliteCommand _saveLead;
    private readonly LeadCache _cache;

    public EventLogWriter(SqliteConnection connection, SqliteTransaction transaction, LeadCache? cache = null)
    {
        _cache = cache ?? new LeadCache();
        _insert = Command(connection, transaction, $"INSERT INTO lead_events ({EventRows.Columns}) VALUES ({string.Join(", ", EventRows.Parameters)}) ON CONFLICT (event_id) DO NOTHING");
        EventRows.Declare(_insert);
        _findEvent = Command(connection, transaction, $"SELECT {EventRows.Columns} FROM lead_events WHERE event_id = $id", "$id");
        _findLead = Command(connection, transaction, "SELECT event_count, last_event_id FROM leads WHERE lead_id = $id", "$id");
        _leadEvents = Command(connection, transaction, EventRows.OfLead, "$lead");
        _saveLead = Command(connection, transaction, LeadRows.Upsert, LeadRows.Parameters);
    }

    public IReadOnlyList<EventOutcome> Append(IReadOnlyList<LeadEvent> events, Instant receivedAt, IReadOnlySet<string>? snapshotFacts = null)
    {
        var outcomes = new EventOutcome[events.Count];
        var touched = new Dictionary<string, List<LeadEvent>>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            EventRows.Bind(_insert, e, receivedAt);
            if (_insert.ExecuteNonQuery() == 1)
            {
                outcomes[i] = new EventOutcome(e.EventId, AppendOutcome.Taken);
                if (!touched.TryGetValue(e.LeadId, out var list))
                {
                    touched[e.LeadId] = list = [];
                }

                list.Add(e);
            }
            else
            {
                outcomes[i] = AgainstStored(e, snapshotFacts?.Contains(e.EventId) == true);
            }
        }

        foreach (var (leadId, added) in touched)
        {
            Project(leadId, added);
        }

        return outcomes;
    }

    private EventOutcome AgainstStored(LeadEvent e, bool snapshotFact)
    {
        _findEvent.Parameters[0].Value = e.EventId;
        using var reader = _findEvent.ExecuteReader();
        reader.Read();
        var stored = EventRows.Read(reader).Event;
        var differences = e.DifferencesFrom(stored);
        if (snapshotFact && differences is ["occurred_at"] && e.OccurredAt > stored.OccurredAt)
        {
            return new EventOutcome(e.EventId, AppendOutcome.Duplicate, "the same status seen again in a later export; the first sighting stands");
        }

        return differences.Count == 0
            ? new EventOutcome(e.EventId, AppendOutcome.Duplicate)
            : new EventOutcome(e.EventId, AppendOutcome.Rejected, $"event {e.EventId} was received before with different content ({string.Join(", ", differences)} differ); an event ID names one fact");
    }

    private void Project(string leadId, List<LeadEvent> added)
    {
        added.Sort(LeadEvent.Compare);
        var stored = StoredLead(leadId, added);
        Lead lead;
        if (stored is null || stored.IsAfterLastEvent(added[0]))
        {
            var projection = stored is null ? LeadProjection.Start(leadId) : LeadProjection.Resume(stored);
            foreach (var e in added)
            {
                projection.Apply(e);
            }

            lead = projection.Snapshot();
        }
        else
        {
            lead = LeadProjection.Project(leadId, Logged(leadId));
        }

        LeadRows.Bind(_saveLead, lead);
        _saveLead.ExecuteNonQuery();
        _cache.Keep(lead);
    }

    /// <summary>
    /// The lead as stored before <paramref name="added"/> (null for a new lead): from the cache when it holds that very
    /// lead, otherwise projected from its logged events other than those just added.
    /// </summary>
    private Lead? StoredLead(string leadId, List<LeadEvent> added)
    {
        _findLead.Parameters[0].Value = leadId;
        int eventCount;
        string lastEventId;
        using (var reader = _findLead.ExecuteReader())
        {
            if (!reader.Read())
            {
                return null;
            }

            eventCount = reader.GetInt32(0);
            lastEventId = reader.GetString(1);
        }

        if (_cache.Find(leadId, eventCount, lastEventId) is { } cached)
        {
            return cached;
        }

        var addedIds = added.Select(e => e.EventId).ToHashSet(StringComparer.Ordinal);
        return LeadProjection.Project(leadId, Logged(leadId).Where(e => !addedIds.Contains(e.EventId)));
    }

    private List<LeadEvent> Logged(string leadId)
    {
        _leadEvents.Parameters[0].Value = leadId;
        return EventRows.ReadAll(_leadEvents).Select(r => r.Event).ToList();
    }

    public void Dispose()
    {
        _insert.Dispose();
        _findEvent.Dispose();
        _findLead.Dispose();
        _leadEvents.Dispose();
        _saveLead.Dispose();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
