using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Storage.Leads;

namespace Pactum.Storage.Tests.Leads;

/// <summary>Lead histories for log and import tests, and a way to compare whole leads.</summary>
internal static class LeadHistories
{
    /// <summary>An event of <paramref name="lead"/>, <paramref name="minute"/> minutes after 2026-10-05 13:00 UTC.</summary>
    public static LeadEvent E(string id, LeadEventType type, int minute, string lead = "L1", string? owner = null) => new()
    {
        EventId = id, LeadId = lead, Type = type, OccurredAt = Instant.FromUtc(2026, 10, 5, 13, 0) + Duration.FromMinutes(minute), Owner = owner,
    };

    /// <summary>A small history of <paramref name="count"/> events over many leads, with messy facts and ties in time.</summary>
    public static List<LeadEvent> Messy(int count)
    {
        LeadEventType[] life = [LeadEventType.LeadCreated, LeadEventType.Mql, LeadEventType.HandedOff, LeadEventType.Accepted, LeadEventType.Attempt, LeadEventType.Attempt, LeadEventType.Connected, LeadEventType.Qualified, LeadEventType.DealWon, LeadEventType.DealWon];
        return Enumerable.Range(0, count).Select(i =>
        {
            var lead = i / life.Length;
            var step = i % life.Length;
            // Every third lead has two facts at the same minute: the event id breaks the tie.
            var minute = lead * 7 + step * 45 - (lead % 3 == 0 && step == 5 ? 45 : 0);
            return E($"ev{i:D5}", life[step], minute, $"L{lead:D3}", owner: step == 2 ? $"rep{lead % 4}" : null);
        }).ToList();
    }

    /// <summary>Every member of a lead, lists included, as JSON.</summary>
    public static string Whole(Lead lead) =>
        System.Text.Json.JsonSerializer.Serialize(lead, new System.Text.Json.JsonSerializerOptions { Converters = { new InstantJsonConverter() } });
}
