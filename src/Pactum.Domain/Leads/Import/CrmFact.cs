namespace Pactum.Domain.Leads.Import;

/// <summary>
/// One event an undated status value implies, e.g. HubSpot "Bad Timing" → <c>recycled</c> with reason "bad timing".
/// </summary>
/// <param name="Type">The event type.</param>
/// <param name="Reason">The reason the event carries, if any.</param>
/// <param name="ToOwner">True for an owner assignment (<c>handed_off</c>): the event carries the owner and its ID names it.</param>
internal sealed record CrmFact(LeadEventType Type, string? Reason = null, bool ToOwner = false);
