using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pactum.Testing;

namespace Pactum.Server.Tests.Leads;

public sealed class VisitApiTests
{
    [Fact]
    public async Task Visits_RecordedTwice_KeepTheLatestCount()
    {
        await using var server = await RunningServer.StartAsync(demo: false);

        await server.Client.PostAsJsonAsync("/api/visits", new[] { new { day = "2026-10-01", source = "Organic Search", visits = 120 }, new { day = "2026-10-01", source = "email", visits = 30 } });
        await server.Client.PostAsJsonAsync("/api/visits", new[] { new { day = "2026-10-01", source = "organic_search", visits = 125 } });

        var visits = await server.Client.GetFromJsonAsync<JsonElement>("/api/visits?from=2026-10-01&to=2026-10-31");
        Assert.Equal(["email_marketing:30", "organic_search:125"], visits.EnumerateArray().Select(v => $"{v.GetProperty("source").GetString()}:{v.GetProperty("visits").GetInt64()}"));
    }

    [Fact]
    public async Task Visits_BadEntry_RecordsNoneAndSaysWhere()
    {
        await using var server = await RunningServer.StartAsync(demo: false);

        var response = await server.Client.PostAsJsonAsync("/api/visits", new object[] { new { day = "2026-10-01", source = "referral", visits = 5 }, new { day = "1 Oct", source = "referral", visits = -1 } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("[1].day: '1 Oct'", body, StringComparison.Ordinal);
        Assert.Contains("[1].visits: '-1'", body, StringComparison.Ordinal);
        Assert.Equal(0, (await server.Client.GetFromJsonAsync<JsonElement>("/api/visits?from=2026-10-01&to=2026-10-31")).GetArrayLength());
    }
}
