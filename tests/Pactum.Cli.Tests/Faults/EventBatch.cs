using System.Globalization;
using System.Text.Json;

namespace Pactum.Cli.Tests.Faults;

/// <summary>
/// A batch of events for <c>POST /api/events</c> (written whole or not at all): its event IDs and its JSON body. The
/// batches of a set share their leads, so concurrent batches continue the same leads.
/// </summary>
public sealed record EventBatch(IReadOnlyList<string> EventIds, string Json)
{
    private static readonly string[] Types = ["lead_created", "mql", "handed_off", "attempt", "connected"];

    /// <summary><paramref name="count"/> batches of <paramref name="size"/> events on <paramref name="leads"/> leads, drawn from <paramref name="random"/>.</summary>
    public static IReadOnlyList<EventBatch> Set(int count, int size, int leads, Random random)
    {
        var start = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(0, count).Select(b =>
        {
            var events = Enumerable.Range(0, size).Select(i =>
            {
                var type = Types[random.Next(Types.Length)];
                return new Dictionary<string, string?>
                {
                    ["eventId"] = $"b{b}-e{i}",
                    ["leadId"] = "L" + random.Next(leads).ToString(CultureInfo.InvariantCulture),
                    ["type"] = type,
                    ["occurredAt"] = start.AddMinutes(random.Next(60 * 24 * 30)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                    ["owner"] = type == "handed_off" ? "Ann" : null,
                    ["channel"] = type == "attempt" ? "phone" : null,
                };
            }).ToList();
            return new EventBatch(events.Select(e => e["eventId"]!).ToList(), JsonSerializer.Serialize(events));
        }).ToList();
    }
}
