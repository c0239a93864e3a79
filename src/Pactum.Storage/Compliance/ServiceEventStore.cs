using Dapper;
using NodaTime;
using Pactum.Domain.Compliance;
using Pactum.Storage.Database;

namespace Pactum.Storage.Compliance;

/// <summary>Keeps the service events of agreements (outages, deliveries, friction notes): append-only, idempotent by event id.</summary>
public sealed class ServiceEventStore(SqliteDatabase database, IClock clock)
{
    /// <summary>Records <paramref name="events"/> in one transaction; an event whose id is already stored is skipped. Returns how many were new.</summary>
    public int Record(IReadOnlyList<ServiceEvent> events)
    {
        var now = clock.GetCurrentInstant().ToUnixTimeTicks();
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        var added = 0;
        foreach (var e in events)
        {
            added += connection.Execute(
                """
                INSERT OR IGNORE INTO service_events (event_id, agreement_id, type, at_ticks, ends_ticks, quantity, excluded, cause, customer, pain_point, category, contact, recorded_ticks)
                VALUES (@EventId, @AgreementId, @Type, @At, @Ends, @Quantity, @Excluded, @Cause, @Customer, @PainPoint, @Category, @Contact, @now)
                """,
                Row.Of(e, now), transaction);
        }

        transaction.Commit();
        return added;
    }

    /// <summary>The outages of <paramref name="agreementId"/> that overlap [<paramref name="from"/>, <paramref name="to"/>), by start.</summary>
    public IReadOnlyList<OutageEvent> Outages(string agreementId, Instant from, Instant to) =>
        Read(agreementId, "outage", "at_ticks < @to AND ends_ticks > @from", from, to)
            .Select(r => new OutageEvent(r.event_id, r.agreement_id, Instant.FromUnixTimeTicks(r.at_ticks), Instant.FromUnixTimeTicks(r.ends_ticks!.Value), r.cause ?? "", r.excluded != 0))
            .ToList();

    /// <summary>The deliveries of <paramref name="agreementId"/> in [<paramref name="from"/>, <paramref name="to"/>), by time.</summary>
    public IReadOnlyList<DeliveryEvent> Deliveries(string agreementId, Instant from, Instant to) =>
        Read(agreementId, "delivery", "at_ticks >= @from AND at_ticks < @to", from, to)
            .Select(r => new DeliveryEvent(r.event_id, r.agreement_id, Instant.FromUnixTimeTicks(r.at_ticks), decimal.Parse(r.quantity!, System.Globalization.CultureInfo.InvariantCulture), r.contact))
            .ToList();

    /// <summary>The friction notes of <paramref name="agreementId"/> in [<paramref name="from"/>, <paramref name="to"/>), by time.</summary>
    public IReadOnlyList<FrictionNoteEvent> FrictionNotes(string agreementId, Instant from, Instant to) =>
        Read(agreementId, "friction_note", "at_ticks >= @from AND at_ticks < @to", from, to)
            .Select(r => new FrictionNoteEvent(r.event_id, r.agreement_id, Instant.FromUnixTimeTicks(r.at_ticks), r.customer ?? "", r.pain_point ?? "", r.category ?? "", r.contact ?? ""))
            .ToList();

    private List<Row> Read(string agreementId, string type, string where, Instant from, Instant to)
    {
        using var connection = database.Connect();
        return connection.Query<Row>(
            $"SELECT * FROM service_events WHERE agreement_id = @agreementId AND type = @type AND {where} ORDER BY at_ticks, event_id",
            new { agreementId, type, from = from.ToUnixTimeTicks(), to = to.ToUnixTimeTicks() }).ToList();
    }

    /// <summary>The text a type is stored as.</summary>
    public static string TypeText(ServiceEventType type) => type switch
    {
        ServiceEventType.Outage => "outage",
        ServiceEventType.Delivery => "delivery",
        _ => "friction_note",
    };

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Column names.")]
    private sealed record Row(
        string event_id, string agreement_id, string type, long at_ticks, long? ends_ticks, string? quantity, long excluded, string? cause,
        string? customer, string? pain_point, string? category, string? contact, long recorded_ticks)
    {
        public static object Of(ServiceEvent e, long now) => new
        {
            e.EventId,
            e.AgreementId,
            Type = TypeText(e.Type),
            At = e.At.ToUnixTimeTicks(),
            Ends = (e as OutageEvent)?.Ends.ToUnixTimeTicks(),
            Quantity = (e as DeliveryEvent)?.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Excluded = e is OutageEvent { Excluded: true } ? 1 : 0,
            Cause = (e as OutageEvent)?.Cause,
            Customer = (e as FrictionNoteEvent)?.Customer,
            PainPoint = (e as FrictionNoteEvent)?.PainPoint,
            Category = (e as FrictionNoteEvent)?.Category,
            Contact = e switch { DeliveryEvent d => d.ConfirmedBy, FrictionNoteEvent f => f.RecordedBy, _ => null },
            now,
        };
    }
}
