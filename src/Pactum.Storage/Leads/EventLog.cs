using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Storage.Agreements;
using Pactum.Storage.Clocks;
using Pactum.Storage.Database;

namespace Pactum.Storage.Leads;

/// <summary>
/// The append-only log of lead events, with the lead projection kept up to date in the same transaction (DESIGN: the
/// projector runs with the append). An event ID seen before with the same content is a duplicate and changes
/// nothing; with different content it is rejected as a conflict. A late or out-of-order event replays its lead from
/// the log, so every lead is always the projection of all its events in (occurred-at, event ID) order.
/// </summary>
/// <remarks>
/// With a <see cref="ClockProjector"/>, the clock runs of the leads an append touched are recorded in the same
/// transaction, and their alarms handed to the sweeper after the commit.
/// </remarks>
public sealed class EventLog(SqliteDatabase database, IClock clock, ClockProjector? clocks = null)
{
    /// <summary>
    /// A log that records the clocks of the agreements stored in <paramref name="database"/> with every append, for a
    /// process without a sweeper of its own (the command line): the server's sweeper finds the runs in the database.
    /// </summary>
    public static EventLog WithClocks(SqliteDatabase database, IClock clock) =>
        new(database, clock, new ClockProjector(new ClockPlans(new AgreementStore(database, clock)), new ClockAlarms()));

    /// <summary>
    /// Appends <paramref name="events"/> in one transaction — all of it is written, or nothing — and answers for each
    /// event in order. Events must already be valid (<see cref="LeadEvent.Normalized"/>); validation of user input
    /// happens before. <paramref name="notices"/> go to the outbox in the same transaction (the hand-off automation
    /// tells sales of the hand-offs it appends).
    /// </summary>
    public IReadOnlyList<EventOutcome> Append(IReadOnlyList<LeadEvent> events, IReadOnlyList<Pactum.Domain.Notices.AgreementNotice>? notices = null)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        return AppendIn(connection, transaction, events, notices, delivery: null);
    }

    /// <summary>
    /// Appends the valid <paramref name="events"/> of a signed webhook <paramref name="delivery"/> in one transaction.
    /// A webhook-id taken before answers <see cref="DeliveryState.Duplicate"/> when its body is the same (every event a
    /// duplicate) and <see cref="DeliveryState.Conflict"/> when it differs; either way nothing changes. Otherwise the
    /// events are appended, and the id is used up only when at least one of them was taken or already known: a delivery
    /// whose events were all rejected leaves its id free for a corrected retry.
    /// </summary>
    public DeliveryReceipt Receive(IReadOnlyList<LeadEvent> events, WebhookDelivery delivery)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        if (Deliveries.Find(connection, transaction, delivery.Id) is { } seen)
        {
            return seen.BodySha256 is null || seen.BodySha256 == delivery.BodySha256
                ? new DeliveryReceipt(DeliveryState.Duplicate, events.Select(e => new EventOutcome(e.EventId, AppendOutcome.Duplicate, $"delivery {delivery.Id} was received before")).ToList(), seen.ReceivedAt)
                : new DeliveryReceipt(DeliveryState.Conflict, [], seen.ReceivedAt);
        }

        var outcomes = AppendIn(connection, transaction, events, notices: null, delivery);
        return new DeliveryReceipt(UsesUpItsId(outcomes) ? DeliveryState.Taken : DeliveryState.Rejected, outcomes);
    }

    private IReadOnlyList<EventOutcome> AppendIn(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<LeadEvent> events,
        IReadOnlyList<Pactum.Domain.Notices.AgreementNotice>? notices, WebhookDelivery? delivery)
    {
        var now = clock.GetCurrentInstant();
        using var writer = new EventLogWriter(connection);
        var outcomes = writer.Append(events, now);
        using var recording = clocks?.Begin(connection, now, ClockRecorders.Events);
        RecordClocks(writer, recording);
        if (notices is { Count: > 0 })
        {
            Notices.NoticeRows.Write(connection, transaction, notices, now);
        }

        if (delivery is not null && UsesUpItsId(outcomes))
        {
            Deliveries.Record(connection, transaction, delivery, now);
        }

        transaction.Commit();
        recording?.Scheduled();
        return outcomes;
    }

    /// <summary>A delivery is taken, and its webhook-id used up, when any of its events was taken or already known.</summary>
    private static bool UsesUpItsId(IReadOnlyList<EventOutcome> outcomes) => outcomes.Any(o => o.Outcome != AppendOutcome.Rejected);

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
        pragma.CommandText = "PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;"; // 32 MiB of pages at most: more did not import faster
        pragma.ExecuteNonQuery();
        return new EventImportSession(connection, clock, clocks);
    }

    /// <summary>Records the clocks of the leads <paramref name="writer"/> saved since the last call.</summary>
    internal static void RecordClocks(EventLogWriter writer, ClockRecording? recording)
    {
        if (recording is not null)
        {
            foreach (var leadId in writer.SavedLeads)
            {
                recording.Record(leadId);
            }
        }

        writer.SavedLeads.Clear();
    }
}

/// <summary>
/// A bulk import into the log on one connection, in chunks: events are <see cref="Add"/>ed to the chunk in flight (a
/// transaction begun by the first of them) and <see cref="Commit()"/> stores the chunk with the projections of the leads
/// it touched. A crash loses at most the chunk in flight, and re-running the import takes the rest: the rows already
/// taken are duplicates. Disposing the session rolls back a chunk not committed.
/// </summary>
public sealed class EventImportSession : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly IClock _clock;
    private readonly ClockProjector? _clocks;
    private readonly EventLogWriter _writer;
    private SqliteTransaction? _chunk;

    internal EventImportSession(SqliteConnection connection, IClock clock, ClockProjector? clocks)
    {
        _connection = connection;
        _clock = clock;
        _clocks = clocks;
        _writer = new EventLogWriter(connection);
    }

    /// <summary>Appends one chunk in its own transaction: <see cref="Add"/>, then <see cref="Commit()"/>.</summary>
    public IReadOnlyList<EventOutcome> Append(IReadOnlyList<LeadEvent> events, IReadOnlySet<string>? snapshotFacts = null)
    {
        var outcomes = Add(events, snapshotFacts);
        Commit();
        return outcomes;
    }

    /// <summary>
    /// Adds <paramref name="events"/> to the chunk in flight and answers for each. <paramref name="snapshotFacts"/>
    /// names the events dated by a CRM export's snapshot: seen again at a later instant with the same content, such a
    /// fact is a duplicate.
    /// </summary>
    public IReadOnlyList<EventOutcome> Add(IReadOnlyList<LeadEvent> events, IReadOnlySet<string>? snapshotFacts = null)
    {
        _chunk ??= _connection.BeginTransaction();
        var receivedAt = _clock.GetCurrentInstant();
        var outcomes = new EventOutcome[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            outcomes[i] = _writer.Add(events[i], receivedAt, snapshotFacts?.Contains(events[i].EventId) == true);
        }

        return outcomes;
    }

    /// <summary>Commits the chunk in flight, with the projections and clocks of the leads it touched (nothing when none is).</summary>
    public void Commit()
    {
        if (_chunk is null)
        {
            return;
        }

        _writer.SaveLeads();
        using var recording = _clocks?.Begin(_connection, _clock.GetCurrentInstant(), ClockRecorders.Events);
        EventLog.RecordClocks(_writer, recording);
        _chunk.Commit();
        _chunk.Dispose();
        _chunk = null;
        recording?.Scheduled();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _chunk?.Dispose();
        _writer.Dispose();
        _connection.Dispose();
    }
}
