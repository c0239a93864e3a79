using NodaTime;

namespace Pactum.Domain.Compliance;

/// <summary>
/// A fact about an agreement's service rather than about a lead (SPEC G6, R8): an outage, a delivery or a friction
/// note. Like lead events, service events are immutable and identified by their id, so sending one twice records it once.
/// </summary>
/// <param name="EventId">The sender's id for the event, unique across all service events.</param>
/// <param name="AgreementId">The agreement it is about.</param>
/// <param name="Type">What happened.</param>
/// <param name="At">An outage's start, a delivery's time, a note's time.</param>
public abstract record ServiceEvent(string EventId, string AgreementId, ServiceEventType Type, Instant At);

/// <summary>What a service event records.</summary>
public enum ServiceEventType
{
    /// <summary>The service was down from <see cref="ServiceEvent.At"/> to an end (<c>outage</c>).</summary>
    Outage,
    /// <summary>A quantity was delivered and confirmed (<c>delivery</c>).</summary>
    Delivery,
    /// <summary>Sales noted a customer's pain point on a conversation (<c>friction_note</c>).</summary>
    FrictionNote,
}

/// <summary>An outage [At, Ends) with its cause; an excluded one (planned maintenance, a cause the agreement leaves out) does not count against availability.</summary>
public sealed record OutageEvent(string EventId, string AgreementId, Instant At, Instant Ends, string Cause, bool Excluded)
    : ServiceEvent(EventId, AgreementId, ServiceEventType.Outage, At)
{
    /// <summary>The outage as the calculator measures it.</summary>
    public Calculator.Outage ToOutage() => new(At, Ends, Excluded ? Cause : null);
}

/// <summary>A delivery of <paramref name="Quantity"/> units at <see cref="ServiceEvent.At"/>, confirmed by a named contact (or null when unconfirmed).</summary>
public sealed record DeliveryEvent(string EventId, string AgreementId, Instant At, decimal Quantity, string? ConfirmedBy)
    : ServiceEvent(EventId, AgreementId, ServiceEventType.Delivery, At);

/// <summary>A friction note (SPEC R8): a customer's pain point that sales heard, with its category and who recorded it.</summary>
public sealed record FrictionNoteEvent(string EventId, string AgreementId, Instant At, string Customer, string PainPoint, string Category, string RecordedBy)
    : ServiceEvent(EventId, AgreementId, ServiceEventType.FrictionNote, At);
