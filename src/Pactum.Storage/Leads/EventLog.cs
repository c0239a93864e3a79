using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Storage.Database;

namespace Pactum.Storage.Leads;

/// <summary>
/// The append-only log of lead events, with the lead projection kept up to date in the same transaction (DESIGN: the
/// projector runs with the append). An event ID seen before with the same content is a duplicate and changes
/// nothing; with different content it is rejected as a conflict. A late or out-of-order event replays its lead from
/// the log, so every lead is always the projection of all its events in (occurred-at, event ID) order.
/// </summary>
public sealed class EventLog(SqliteDatabase database, IClock clock)
{
    /// <summary>
    /// Appends <paramref name="events"/> in one transaction — all of it is written, or nothing — and answers for each
    /// event in order. Events must already be valid (<see cref="LeadEvent.Normalized"/>); validation of user input
    /// happens before. A <paramref name="deliveryId"/> (a webhook's <c>webhook-id</c>) seen before makes the whole
    /// delivery a duplicate, whatever it holds.
    /// </summary>
    public IReadOnlyList<EventOutcome> Append(IReadOnlyList<LeadEvent> events, string? deliveryId = null)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        if (deliveryId is not null && !Deliveries.Record(connection, transaction, deliveryId, clock.GetCurrentInstant()))
        {
            return events.Select(e => new EventOutcome(e.EventId, AppendOutcome.Duplicate, $"delivery {deliveryId} was received before")).ToList();
        }

        using var writer = new EventLogWriter(connection, transaction);
        var outcomes = writer.Append(events, clock.GetCurrentInstant());
        transaction.Commit();
        return outcomes;
    }

    /// <summary>Every event of one lead, in projection order (occurred-at, then event ID).</summary>
    public IReadOnlyList<RecordedEvent> EventsOf(string leadId)
    {
        using var connection = database.Connect();
        return EventRows.Of(connection, leadId);
    }

    /// <summary>How many events the log holds.</summary>
    public long Count()
    {
        using var connection = database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM lead_events";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Starts a long import: chunks appended on one connection with a large page cache, each in its own transaction.</summary>
    public EventImportSession BeginImport()
    {
        var connection = database.Connect();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;"; // 64 MiB of pages at most
        pragma.ExecuteNonQuery();
        return new EventImportSession(connection, clock);
    }
}

/// <summary>
/// A bulk import into the log on one connection: <see cref="Append"/> chunks of events, each committed with the
/// projections of the leads it touched (a crash loses at most the chunk in flight, and re-running the import takes
/// the rest: the rows already taken are duplicates).
/// </summary>
public sealed class EventImportSession(SqliteConnection connection, IClock clock) : IDisposable
{
    private readonly LeadCache _cache = new();

    /// <summary>
    /// Appends one chunk in its own transaction. <paramref name="snapshotFacts"/> names the events dated by a CRM
    /// export's snapshot: seen again at a later instant with the same content, such a fact is a duplicate.
    /// </summary>
    public IReadOnlyList<EventOutcome> Append(IReadOnlyList<LeadEvent> events, IReadOnlySet<string>? snapshotFacts = null)
    {
        using var transaction = connection.BeginTransaction();
        using var writer = new EventLogWriter(connection, transaction, _cache);
        var outcomes = writer.Append(events, clock.GetCurrentInstant(), snapshotFacts);
        transaction.Commit();
        return outcomes;
    }

    /// <inheritdoc />
    public void Dispose() => connection.Dispose();
}
