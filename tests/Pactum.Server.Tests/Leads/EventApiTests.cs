using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Pactum.Testing;

namespace Pactum.Server.Tests.Leads;

public sealed class EventApiTests
{
    private static object Event(string id, string type, string at, string lead = "L1") => new { eventId = id, leadId = lead, type, occurredAt = at };

    [Fact]
    public async Task Post_Batch_AnswersEachEventAndProjectsTheLead()
    {
        await using var server = await RunningServer.StartAsync(demo: false);

        var response = await server.Client.PostAsJsonAsync("/api/events", new object[]
        {
            Event("e1", "lead_created", "2026-10-05T13:00:00Z"),
            Event("e2", "handed_off", "2026-10-05T14:00:00Z"),
            Event("e3", "atempt", "2026-10-05T14:30:00Z"),
            Event("e1", "lead_created", "2026-10-05T13:00:00Z"),
        });

        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var outcomes = answer.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("outcome").GetString()).ToList();
        Assert.Equal(["taken", "taken", "rejected", "duplicate"], outcomes);
        Assert.Contains("did you mean 'attempt'?", answer.GetProperty("results")[2].GetProperty("reason").GetString(), StringComparison.Ordinal);
        var lead = await server.Client.GetFromJsonAsync<JsonElement>("/api/leads/L1");
        Assert.Equal("open", lead.GetProperty("lead").GetProperty("status").GetString());
        Assert.Equal(2, lead.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task Post_SingleEvent_IsTaken()
    {
        await using var server = await RunningServer.StartAsync(demo: false);

        var response = await server.Client.PostAsJsonAsync("/api/events", Event("e1", "lead_created", "2026-10-05T13:00:00Z"));

        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totals").GetProperty("taken").GetInt32());
    }

    [Fact]
    public async Task Post_TooLargeBatch_Is400AndWritesNothing()
    {
        await using var server = await RunningServer.StartAsync(demo: false);
        var batch = Enumerable.Range(0, 10_001).Select(i => Event($"e{i}", "lead_created", "2026-10-05T13:00:00Z", $"L{i}")).ToArray();

        var response = await server.Client.PostAsJsonAsync("/api/events", batch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, (await server.Client.GetFromJsonAsync<JsonElement>("/api/leads")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Import_CsvBody_ReportsRejectedRowsWithLines()
    {
        await using var server = await RunningServer.StartAsync(demo: false);
        const string csv = "event_id,lead_id,type,occurred_at\ne1,L1,lead_created,2026-10-05T13:00:00Z\ne2,L1,handed_off,not a time\n";

        var response = await server.Client.PostAsync("/api/events/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, answer.GetProperty("taken").GetInt32());
        Assert.Equal(1, answer.GetProperty("rejected").GetInt32());
        Assert.Equal(3, answer.GetProperty("rejectedRows")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Leads_FilterByStatusAndMonth_InAZone()
    {
        await using var server = await RunningServer.StartAsync(demo: false);
        await server.Client.PostAsJsonAsync("/api/events", new object[]
        {
            Event("a1", "lead_created", "2026-10-31T20:00:00Z", "A"),
            Event("a2", "handed_off", "2026-11-01T02:00:00Z", "A"), // 31 October, 22:00 in New York
            Event("b1", "lead_created", "2026-11-02T20:00:00Z", "B"),
            Event("b2", "handed_off", "2026-11-02T21:00:00Z", "B"),
        });

        var october = await server.Client.GetFromJsonAsync<JsonElement>("/api/leads?month=2026-10&zone=America/New_York");
        var novemberUtc = await server.Client.GetFromJsonAsync<JsonElement>("/api/leads?month=2026-11");
        var bad = await server.Client.GetAsync("/api/leads?status=working&month=Oct");

        Assert.Equal(["A"], october.GetProperty("leads").EnumerateArray().Select(l => l.GetProperty("leadId").GetString()));
        Assert.Equal(2, novemberUtc.GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync();
        Assert.Contains("status: 'working'", problem, StringComparison.Ordinal);
        Assert.Contains("month: 'Oct'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lead_Unknown_Is404()
    {
        await using var server = await RunningServer.StartAsync(demo: false);

        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/leads/nobody")).StatusCode);
    }
}
