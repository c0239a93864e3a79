using NodaTime;

namespace Pactum.Storage.Leads;

/// <summary>What became of a signed webhook delivery as a whole.</summary>
public enum DeliveryState
{
    /// <summary>At least one event was taken or was already known: the webhook-id is now used up by this body.</summary>
    Taken,

    /// <summary>Every event was rejected (or there were none): nothing was written and the webhook-id stays unused, so a corrected retry under it is taken.</summary>
    Rejected,

    /// <summary>The webhook-id was taken before with the same body: a redelivery, nothing changed.</summary>
    Duplicate,

    /// <summary>The webhook-id was taken before with a different body: nothing changed, the events were not looked at.</summary>
    Conflict,
}

/// <summary>
/// The answer to a signed webhook delivery: its <see cref="State"/>, one outcome per event (none for a
/// <see cref="DeliveryState.Conflict"/>), and when the webhook-id was first taken (for a duplicate or a conflict).
/// </summary>
public sealed record DeliveryReceipt(DeliveryState State, IReadOnlyList<EventOutcome> Outcomes, Instant? FirstReceivedAt = null);
