using NodaTime;
using Pactum.Domain.Leads;

namespace Pactum.Domain.Tests.Leads;

/// <summary>Builds lead events for tests: <c>E("e1", HandedOff, "2026-10-05T14:00")</c>, or at an instant.</summary>
internal static class LeadEventsFixture
{
    public static LeadEvent E(string id, LeadEventType type, string utc, string lead = "L1", string? owner = null, string? reason = null, decimal? amount = null, string? track = null, string? source = null) =>
        E(id, type, At(utc), lead, owner, reason, amount, track, source);

    public static LeadEvent E(string id, LeadEventType type, Instant at, string lead = "L1", string? owner = null, string? reason = null, decimal? amount = null, string? track = null, string? source = null) => new()
    {
        EventId = id,
        LeadId = lead,
        Type = type,
        OccurredAt = at,
        Owner = owner,
        Reason = reason,
        Amount = amount,
        Track = track,
        Source = source,
    };

    public static Instant At(string utc) => NodaTime.Text.InstantPattern.ExtendedIso.Parse(utc + (utc.Length == 16 ? ":00Z" : "Z")).GetValueOrThrow();
}
