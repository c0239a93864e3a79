using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pactum.Server.Tests.Clock;

public sealed class ClockApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string BerlinWeekdays = """
        timeZone: Europe/Berlin
        hours:
          monday: ["09:00-17:00"]
          tuesday: ["09:00-17:00"]
          wednesday: ["09:00-17:00"]
          thursday: ["09:00-17:00"]
          friday: ["09:00-17:00"]
        """;

    [Fact]
    public async Task Due_CalendarText_ReturnsUtcAndLocalDeadline()
    {
        // Mon 17:00 Berlin (16:00Z) is closing time: 60 minutes land at Tue 10:00 Berlin.
        var response = await fixture.Client.PostAsJsonAsync("/api/clock/due", new { calendar = BerlinWeekdays, start = "2026-02-02T16:00:00Z", minutes = 60 });

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("reachable").GetBoolean());
        Assert.Equal("2026-02-03T09:00:00Z", body.GetProperty("due").GetString());
        Assert.Equal("2026-02-03T10:00:00+01:00", body.GetProperty("dueLocal").GetString());
        Assert.Equal("Europe/Berlin", body.GetProperty("zone").GetString());
    }

    [Fact]
    public async Task Due_AgreementCalendar_UsesTheAgreementsZone()
    {
        var response = await fixture.Client.PostAsJsonAsync("/api/clock/due", new { agreementId = "company-x-internal", start = "2026-11-02T14:00:00Z", minutes = 0 });

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("reachable").GetBoolean());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("zone").GetString()));
    }

    [Fact]
    public async Task Elapsed_AcrossWeekend_CountsOnlyOpenMinutes()
    {
        // Fri 16:00–17:00 and Mon 09:00–10:00 Berlin: 120 business minutes.
        var response = await fixture.Client.PostAsJsonAsync("/api/clock/elapsed", new { calendar = BerlinWeekdays, from = "2026-02-06T15:00:00Z", to = "2026-02-09T09:00:00Z" });

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(120m, body.GetProperty("minutes").GetDecimal());
    }

    [Fact]
    public async Task Due_BadInputs_ProblemListsEachField()
    {
        var response = await fixture.Client.PostAsJsonAsync("/api/clock/due", new { calendar = "timeZone: Mars/Olympus\n", start = "yesterday", minutes = -5 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains("timeZone", detail, StringComparison.Ordinal);
        Assert.Contains("start:", detail, StringComparison.Ordinal);
        Assert.Contains("minutes:", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_UnknownAgreement_SaysWhichOne()
    {
        var response = await fixture.Client.PostAsJsonAsync("/api/clock/due", new { agreementId = "nope", start = "2026-02-02T16:00:00Z", minutes = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no agreement 'nope'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
