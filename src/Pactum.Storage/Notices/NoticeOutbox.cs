using Dapper;
using NodaTime;
using Pactum.Domain.Notices;
using Pactum.Storage.Database;

namespace Pactum.Storage.Notices;

/// <summary>
/// The outbox of notices and their deliveries. <see cref="FanOut"/> turns each new notice into one delivery per
/// webhook endpoint that hears its party and per e-mail recipient; the dispatcher takes the <see cref="Due"/> ones and
/// records each attempt (<see cref="Delivered"/>, <see cref="Failed"/>). A delivery that failed for good is a dead
/// letter until someone retries it.
/// </summary>
public sealed class NoticeOutbox(SqliteDatabase database)
{
    private const string DeliveryColumns =
        "d.id, d.notice_id, d.channel, d.target, d.state, d.attempts, d.first_ticks, d.next_ticks, d.done_ticks, d.last_status, d.last_error, n.type, n.subject, n.payload, n.created_ticks";

    /// <summary>
    /// Fans out every notice not yet fanned out to the recipients <paramref name="settings"/> give; the deliveries made.
    /// Only a round that finds notices takes the write lock (the dispatcher asks every second, imports write for long).
    /// </summary>
    public int FanOut(NoticeSettings settings, Instant now)
    {
        using var connection = database.Connect();
        var notices = connection.Query<(long Id, string Party, string Emails)>("SELECT id, party, emails FROM notices WHERE fanned_out = 0 ORDER BY id").ToList();
        if (notices.Count == 0)
        {
            return 0;
        }

        using var transaction = connection.BeginTransaction();
        var made = 0;
        foreach (var (id, party, emails) in notices)
        {
            if (connection.Execute("UPDATE notices SET fanned_out = 1 WHERE id = @id AND fanned_out = 0", new { id }, transaction) == 0)
            {
                continue; // fanned out by another dispatcher since it was read
            }

            var targets = settings.Webhooks.Where(w => w.Hears(party)).Select(w => ("webhook", w.Name))
                .Concat(settings.Smtp is null ? [] : emails.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(e => ("email", e)));
            foreach (var (channel, target) in targets)
            {
                connection.Execute(
                    "INSERT INTO notice_deliveries (notice_id, channel, target, state, next_ticks) VALUES (@id, @channel, @target, 'pending', @now)",
                    new { id, channel, target, now = now.ToUnixTimeTicks() }, transaction);
                made++;
            }
        }

        transaction.Commit();
        return made;
    }

    /// <summary>The pending deliveries due at or before <paramref name="now"/>, oldest first, at most <paramref name="take"/>.</summary>
    public IReadOnlyList<NoticeDelivery> Due(Instant now, int take = 100) =>
        Query($"WHERE d.state = 'pending' AND d.next_ticks <= @now ORDER BY d.next_ticks, d.id LIMIT @take", new { now = now.ToUnixTimeTicks(), take });

    /// <summary>The deliveries in <paramref name="state"/> (all when null), newest first, at most <paramref name="take"/>.</summary>
    public IReadOnlyList<NoticeDelivery> Deliveries(DeliveryState? state = null, int take = 200) =>
        state is { } s
            ? Query("WHERE d.state = @state ORDER BY d.id DESC LIMIT @take", new { state = s.ToText(), take })
            : Query("ORDER BY d.id DESC LIMIT @take", new { take });

    /// <summary>The attempts made at delivery <paramref name="deliveryId"/>, in order.</summary>
    public IReadOnlyList<DeliveryAttempt> Attempts(long deliveryId)
    {
        using var connection = database.Connect();
        return connection.Query<(long At, long? Status, string? Error)>(
            "SELECT at_ticks, status, error FROM notice_attempts WHERE delivery_id = @deliveryId ORDER BY id", new { deliveryId })
            .Select(a => new DeliveryAttempt(Instant.FromUnixTimeTicks(a.At), (int?)a.Status, a.Error)).ToList();
    }

    /// <summary>How many deliveries each target has in each state.</summary>
    public IReadOnlyList<(string Channel, string Target, DeliveryState State, long Count)> Totals()
    {
        using var connection = database.Connect();
        return connection.Query<(string Channel, string Target, string State, long Count)>(
            "SELECT channel, target, state, COUNT(*) FROM notice_deliveries GROUP BY channel, target, state ORDER BY channel, target")
            .Select(r => (r.Channel, r.Target, DeliveryStates.Parse(r.State), r.Count)).ToList();
    }

    /// <summary>How many notices wait to be fanned out.</summary>
    public long Waiting()
    {
        using var connection = database.Connect();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM notices WHERE fanned_out = 0");
    }

    /// <summary>Records a successful attempt.</summary>
    public void Delivered(NoticeDelivery delivery, Instant at, int? status) =>
        Attempted(delivery, at, status, null, "delivered", at.ToUnixTimeTicks(), at);

    /// <summary>
    /// Records a failed attempt: tried again at <paramref name="next"/>, or a dead letter when it is null
    /// (<see cref="DeliverySchedule"/>).
    /// </summary>
    public void Failed(NoticeDelivery delivery, Instant at, int? status, string error, Instant? next) =>
        Attempted(delivery, at, status, error, next is null ? "dead" : "pending", (next ?? at).ToUnixTimeTicks(), next is null ? at : null);

    /// <summary>Sends dead letter <paramref name="deliveryId"/> again from now, with a fresh retry window; false when it is not a dead letter.</summary>
    public bool Retry(long deliveryId, Instant now)
    {
        using var connection = database.Connect();
        return connection.Execute(
            "UPDATE notice_deliveries SET state = 'pending', next_ticks = @now, first_ticks = NULL, done_ticks = NULL WHERE id = @deliveryId AND state = 'dead'",
            new { deliveryId, now = now.ToUnixTimeTicks() }) == 1;
    }

    private void Attempted(NoticeDelivery delivery, Instant at, int? status, string? error, string state, long nextTicks, Instant? done)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        connection.Execute(
            "INSERT INTO notice_attempts (delivery_id, at_ticks, status, error) VALUES (@Id, @at, @status, @error)",
            new { delivery.Id, at = at.ToUnixTimeTicks(), status, error }, transaction);
        connection.Execute(
            """
            UPDATE notice_deliveries SET state = @state, attempts = attempts + 1, first_ticks = COALESCE(first_ticks, @at), next_ticks = @nextTicks,
                done_ticks = @done, last_status = @status, last_error = @error
            WHERE id = @Id
            """,
            new { delivery.Id, state, at = at.ToUnixTimeTicks(), nextTicks, done = done?.ToUnixTimeTicks(), status, error }, transaction);
        transaction.Commit();
    }

    private List<NoticeDelivery> Query(string where, object parameters)
    {
        using var connection = database.Connect();
        return connection.Query<DeliveryRow>($"SELECT {DeliveryColumns} FROM notice_deliveries d JOIN notices n ON n.id = d.notice_id {where}", parameters)
            .Select(r => new NoticeDelivery(
                r.id, r.notice_id, r.channel, r.target, DeliveryStates.Parse(r.state), (int)r.attempts, Ticks(r.first_ticks), Instant.FromUnixTimeTicks(r.next_ticks),
                Ticks(r.done_ticks), (int?)r.last_status, r.last_error, r.type, r.subject, r.payload, Instant.FromUnixTimeTicks(r.created_ticks)))
            .ToList();
    }

    private static Instant? Ticks(long? ticks) => ticks is { } t ? Instant.FromUnixTimeTicks(t) : null;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Column names.")]
    private sealed record DeliveryRow(
        long id, long notice_id, string channel, string target, string state, long attempts, long? first_ticks, long next_ticks, long? done_ticks,
        long? last_status, string? last_error, string type, string subject, string payload, long created_ticks);
}

/// <summary>
/// One delivery of a notice to one target (a webhook endpoint's name or an e-mail address): its state, attempts so
/// far, the first attempt (the start of its retry window), the next, the last answer, and the notice itself.
/// </summary>
public sealed record NoticeDelivery(
    long Id, long NoticeId, string Channel, string Target, DeliveryState State, int Attempts, Instant? FirstAttempt, Instant Next, Instant? Done,
    int? LastStatus, string? LastError, string Type, string Subject, string Payload, Instant CreatedAt);

/// <summary>One attempt at a delivery: when, the HTTP status (webhooks), and the error when it failed.</summary>
public sealed record DeliveryAttempt(Instant At, int? Status, string? Error);

/// <summary>Where a delivery stands.</summary>
public enum DeliveryState
{
    /// <summary>Waiting for its (next) attempt.</summary>
    Pending,

    /// <summary>Delivered.</summary>
    Delivered,

    /// <summary>Failed for good (a dead letter): retried only when someone asks.</summary>
    Dead,
}

/// <summary>The names delivery states are stored and shown with.</summary>
public static class DeliveryStates
{
    /// <summary>The written name of <paramref name="state"/>.</summary>
    public static string ToText(this DeliveryState state) => state.ToString().ToLowerInvariant();

    /// <summary>The state written <paramref name="text"/>.</summary>
    public static DeliveryState Parse(string text) => Enum.Parse<DeliveryState>(text, ignoreCase: true);
}
