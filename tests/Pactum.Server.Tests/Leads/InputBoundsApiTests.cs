using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Pactum.Testing;

namespace Pactum.Server.Tests.Leads;

/// <summary>The cases issue 18 found answered 500 or stored too large, each now refused with its reason (docs/limits.md).</summary>
public sealed class InputBoundsApiTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    private HttpClient Client => _server.Client;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(demo: false);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Import_RowsOutsideTheSupportedYears_AreRejectedAndTheGoodRowIsTaken()
    {
        const string csv = "event_id,lead_id,type,occurred_at\n"
            + "b1,B1,lead_created,2026-10-01T10:00:00Z\n"
            + "b2,B1,handed_off,9999-12-31T23:59:59Z\n"
            + "b3,B1,attempt,0000-01-01T00:00:00Z\n";

        var response = await Client.PostAsync("/api/events/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((1, 2), (answer.GetProperty("taken").GetInt32(), answer.GetProperty("rejected").GetInt32()));
        var rejected = answer.GetProperty("rejectedRows").EnumerateArray().Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("reason").GetString())).ToList();
        Assert.Equal(
            [(3, "occurred_at: '9999-12-31T23:59:59Z' is outside the supported years 1900–2199"), (4, "occurred_at: '0000-01-01T00:00:00Z' is outside the supported years 1900–2199")],
            rejected);
    }

    [Fact]
    public async Task Post_MegabyteOwner_IsRejectedWithTheFieldAndNothingIsStored()
    {
        var response = await Client.PostAsJsonAsync("/api/events", new { eventId = "o1", leadId = "O1", type = "lead_created", occurredAt = "2026-10-01T10:00:00Z", owner = new string('o', 1_000_000) });

        var result = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results")[0];
        Assert.Equal(("rejected", "owner: is 1,000,000 characters long; at most 200 are taken"), (result.GetProperty("outcome").GetString(), result.GetProperty("reason").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/leads/O1")).StatusCode);
    }

    [Fact]
    public async Task Post_NullInABatch_Is400NamingThePosition()
    {
        var response = await Client.PostAsync("/api/events", new StringContent("[{\"eventId\": \"n1\", \"leadId\": \"N1\", \"type\": \"lead_created\", \"occurredAt\": \"2026-10-01T10:00:00Z\"}, null]", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("[1]: is null; expected an event (a JSON object)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/leads/N1")).StatusCode);
    }

    [Theory]
    [InlineData("/api/reports/waterfall?month=9999-12&goal=100", "month: '9999-12' is outside the supported years 1900–2199")] // the report that answered 500
    [InlineData("/api/leads?month=0000-01", "month: '0000-01' is outside the supported years 1900–2199")] // year 0
    [InlineData("/api/leads?take=100000000", "take: 100000000 leads a page is not possible; expected 1 to 1,000")] // the 12 MB page
    [InlineData("/api/leads?skip=-5", "skip: -5 is not a number of leads to skip")] // a negative skip
    [InlineData("/api/visits?from=9999-12-31&to=2026-10-01", "from: '9999-12-31' is outside the supported years 1900–2199")] // a day out of range
    public async Task Get_ParameterOutOfRange_Is400WithTheReason(string address, string reason)
    {
        var response = await Client.GetAsync(address);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClockElapsed_InstantOutOfRange_Is400()
    {
        var response = await Client.PostAsJsonAsync("/api/clock/elapsed", new { calendar = "timeZone: UTC\nhours: { monday: [\"09:00-17:00\"] }\n", from = "2026-10-01T00:00:00Z", to = "9999-12-31T23:59:59Z" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is outside the supported years 1900–2199", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_YamlNestedTooDeep_Is400WithTheLimitAndTheServerStillAnswers()
    {
        var response = await Client.PostAsync("/api/agreements/validate", new StringContent("a: " + new string('[', 40_000), Encoding.UTF8, "application/yaml"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("the collections nest more than 64 deep", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/agreements")).StatusCode);
    }
}
