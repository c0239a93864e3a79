using System.Net.Http.Json;
using System.Text.Json;
using Pactum.Testing;

namespace Pactum.Server.Tests.Clocks;

public sealed class ClocksNowTests
{
    [Fact]
    public async Task ClocksNow_Demo_ListsOpenWarningAndBreachedClocksByOwnerSoonestFirst()
    {
        await using var server = await RunningServer.StartAsync(demo: true, o => o with { BackgroundServices = false });

        var lines = await server.Client.GetFromJsonAsync<JsonElement[]>("/api/clocks/now");

        Assert.NotEmpty(lines!);
        Assert.All(lines!, l => Assert.Contains(l.GetProperty("state").GetString(), new[] { "warning", "breached" }));
        var keys = lines!.Select(l => (Owner: l.GetProperty("owner").GetString() ?? "\uffff", Due: l.GetProperty("due").GetString()!)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Owner, StringComparer.Ordinal).ThenBy(k => k.Due, StringComparer.Ordinal), keys);

        var html = await server.Client.GetStringAsync("/clocks");
        Assert.Contains($"data-lead=\"{lines![0].GetProperty("leadId").GetString()}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_UnknownAgreement_Is404()
    {
        await using var server = await RunningServer.StartAsync(demo: false, o => o with { BackgroundServices = false });

        var response = await server.Client.PostAsync("/api/agreements/nope/clocks/replay", null);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
