using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NodaTime;
using Pactum.Testing;

namespace Pactum.Server.Tests.Clocks;

public sealed class LeadClockApiTests
{
    [Fact]
    public async Task Get_LeadWithAHandOff_ShowsEveryClockOfTheAgreementAsOfNow()
    {
        // Now is Tuesday 6 October 2026, 18:00 UTC (14:00 in New York). The lead was handed off on Monday at 10:00 New
        // York time, first called at 11:30 (an hour allowed: met late) and never accepted or rejected.
        await using var server = await RunningServer.StartAsync(demo: false, o => o with { Clock = new FixedClock(Instant.FromUtc(2026, 10, 6, 18, 0)) });
        var yaml = await File.ReadAllTextAsync(Path.Combine(Repository.Root(), "samples", "agreements", "company-x-internal.yaml"));
        (await server.Client.PostAsync("/api/agreements", new StringContent(yaml, Encoding.UTF8, "application/yaml"))).EnsureSuccessStatusCode();
        (await server.Client.PostAsJsonAsync("/api/events", new object[]
        {
            new { eventId = "e1", leadId = "L1", type = "lead_created", occurredAt = "2026-10-05T13:00:00Z" },
            new { eventId = "e2", leadId = "L1", type = "handed_off", occurredAt = "2026-10-05T14:00:00Z", owner = "Kendra" },
            new { eventId = "e3", leadId = "L1", type = "attempt", occurredAt = "2026-10-05T15:30:00Z", channel = "phone" },
        })).EnsureSuccessStatusCode();

        var clocks = await server.Client.GetFromJsonAsync<JsonElement>("/api/leads/L1/clocks");

        var byId = clocks.EnumerateArray().ToDictionary(c => c.GetProperty("clockId").GetString()!);
        Assert.Equal(["accept-or-reject", "first-touch", "six-attempts"], byId.Keys.Order());
        var firstTouch = byId["first-touch"];
        Assert.Equal(("met_late", "2026-10-05T15:00:00Z", "America/New_York"), (firstTouch.GetProperty("state").GetString(), firstTouch.GetProperty("due").GetString(), firstTouch.GetProperty("calendarZone").GetString()));
        Assert.Equal(["running", "warning", "breached", "met_late"], firstTouch.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("state").GetString()));
        // Two business days from Monday 10:00: to Tuesday's close at 17:00 New York time; warned at 75%.
        Assert.Equal(("warning", "2026-10-06T21:00:00Z"), (byId["accept-or-reject"].GetProperty("state").GetString(), byId["accept-or-reject"].GetProperty("due").GetString()));
        Assert.Equal(1, byId["six-attempts"].GetProperty("agreementVersion").GetInt32());
    }

    [Fact]
    public async Task Get_UnknownLead_Is404()
    {
        await using var server = await RunningServer.StartAsync(demo: false);

        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/leads/nobody/clocks")).StatusCode);
    }
}
