using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pactum.Testing;

namespace Pactum.Server.Tests.Reports;

public sealed class ReportEndpointsTests
{
    [Fact]
    public async Task Reports_Demo_AnswerInTheAgreementsZoneAgainstItsGoals()
    {
        await using var server = await RunningServer.StartAsync(demo: true, o => o with { BackgroundServices = false });

        var waterfall = await server.Client.GetFromJsonAsync<JsonElement>("/api/reports/waterfall?month=2026-10&compare=last-month,last-three-months");
        Assert.Equal("America/New_York", waterfall.GetProperty("zone").GetString());
        Assert.Equal(100m, waterfall.GetProperty("goal").GetDecimal()); // the agreement's derived lead goal
        Assert.Equal(31, waterfall.GetProperty("days").GetArrayLength());
        Assert.Equal(["last-month", "last-three-months"], waterfall.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("name").GetString()));

        // The API counts what the CLI and the lead list count: the waterfall's last day is the month's hand-offs.
        var speed = await server.Client.GetFromJsonAsync<JsonElement>("/api/reports/speed?month=2026-10");
        Assert.Equal("business minutes", speed.GetProperty("unit").GetString());
        Assert.Equal(60m, speed.GetProperty("goalMinutes").GetDecimal());
        var handedOff = speed.GetProperty("leads").GetArrayLength() + speed.GetProperty("untouched").GetInt32();
        Assert.Equal(handedOff, waterfall.GetProperty("days")[30].GetProperty("actual").GetInt32());

        foreach (var report in new[] { "depth", "status", "sources", "closed-loop", "metrics" })
        {
            var response = await server.Client.GetAsync($"/api/reports/{report}?month=2026-10");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{report}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task Reports_BadParameters_Are400NamingEach()
    {
        await using var server = await RunningServer.StartAsync(demo: true, o => o with { BackgroundServices = false });

        var response = await server.Client.GetAsync("/api/reports/waterfall?month=Oct&zone=Europe/Pariss&compare=yesterday&agreement=nope");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains("agreement: no agreement 'nope'", detail, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Europe/Paris'?", detail, StringComparison.Ordinal);
        Assert.Contains("month: 'Oct' is not a month", detail, StringComparison.Ordinal);
        Assert.Contains("compare: 'yesterday'", detail, StringComparison.Ordinal);
    }
}
