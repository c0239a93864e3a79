using System.Net;
using System.Net.Http.Json;
using NodaTime;

namespace Pactum.Server.Tests.Routing;

/// <summary>Assignment on hand-off and on a missed first touch (SPEC L5, C2), and recycling (SPEC L6), through the server.</summary>
public sealed class AssignmentTests
{
    [Fact]
    public async Task Sweep_FirstTouchBreached_ReassignsToTheNextRepOnceWithTheReason()
    {
        await using var world = await RoutingWorld.StartAsync("Ana", "Ben", "Cai");
        await world.Send("c1,L1,lead_created,2026-11-02T13:50:00Z,,,executive,250,", "e1,L1,engaged,2026-11-02T14:00:00Z,,webinar,,,");
        world.Router.Sweep();
        Assert.Equal("Ana", Assert.Single(await world.Events("L1"), e => e.Type == "handed_off").Owner);

        var first = world.After(Duration.FromMinutes(61)); // the first touch was due at 15:00
        var second = world.After(Duration.FromHours(3));

        Assert.Equal(1, first.Reassigned);
        Assert.Equal(0, second.Reassigned);
        var assigned = Assert.Single(await world.Events("L1"), e => e.Type == "assigned");
        Assert.Equal("Ben", assigned.Owner);
        Assert.Equal("2026-11-02T15:00:00Z", assigned.OccurredAt);
        Assert.StartsWith("reassigned: first touch missed by Ana", assigned.Reason);
        var lead = await world.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/leads/L1");
        Assert.Equal("Ben", lead.GetProperty("lead").GetProperty("owner").GetString());
    }

    [Fact]
    public async Task Sweep_FirstTouchMadeInTime_DoesNotReassign()
    {
        await using var world = await RoutingWorld.StartAsync("Ana", "Ben");
        await world.Send("c1,L1,lead_created,2026-11-02T13:50:00Z,,,executive,250,", "e1,L1,engaged,2026-11-02T14:00:00Z,,webinar,,,");
        world.Router.Sweep();
        world.Server.Clock.Advance(Duration.FromMinutes(20));
        await world.Send("a1,L1,attempt,2026-11-02T14:20:00Z,Ana,,,,no answer");

        var round = world.After(Duration.FromHours(2));

        Assert.Equal(0, round.Reassigned);
        Assert.DoesNotContain(await world.Events("L1"), e => e.Type == "assigned");
    }

    [Fact]
    public async Task Sweep_RepAway_IsSkippedUntilTheDayTheyAreBack()
    {
        await using var world = await RoutingWorld.StartAsync("Ana", "Ben");
        (await world.Client.PutAsJsonAsync("/api/reps/Ana", new { awayUntil = "2026-11-04" })).EnsureSuccessStatusCode();
        await world.Send(
            "c1,L1,lead_created,2026-11-02T13:00:00Z,,,executive,250,", "e1,L1,engaged,2026-11-02T13:30:00Z,,webinar,,,",
            "c2,L2,lead_created,2026-11-02T13:00:00Z,,,executive,250,", "e2,L2,engaged,2026-11-02T13:40:00Z,,webinar,,,");

        world.Router.Sweep();

        Assert.Equal("Ben", Assert.Single(await world.Events("L1"), e => e.Type == "handed_off").Owner);
        Assert.Equal("Ben", Assert.Single(await world.Events("L2"), e => e.Type == "handed_off").Owner);
        var team = await world.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/reps");
        var ana = team.EnumerateArray().Single(r => r.GetProperty("rep").GetProperty("id").GetString() == "Ana");
        Assert.True(ana.GetProperty("away").GetBoolean());
    }

    [Fact]
    public async Task PutRep_BadInput_SaysWhatAndSavesNothing()
    {
        await using var world = await RoutingWorld.StartAsync();

        var answer = await world.Client.PutAsJsonAsync("/api/reps/Dee", new { weight = 0, awayUntil = "next week" });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var text = await answer.Content.ReadAsStringAsync();
        Assert.Contains("weight", text);
        Assert.Contains("awayUntil: 'next week' is not a date", text);
        Assert.Equal("[]", await world.Client.GetStringAsync("/api/reps"));
    }

    [Fact]
    public async Task Sweep_ThreeAttemptsWithoutAConnection_RecyclesIntoTheAgreementsTrackAndAnEngagedLeadReturns()
    {
        await using var world = await RoutingWorld.StartAsync("Ana");
        await world.Send("c1,L1,lead_created,2026-11-02T13:00:00Z,,,executive,250,", "e1,L1,engaged,2026-11-02T13:30:00Z,,webinar,,,");
        world.Router.Sweep();
        await world.Send(
            "a1,L1,attempt,2026-11-02T13:40:00Z,Ana,,,,no answer",
            "a2,L1,attempt,2026-11-02T13:50:00Z,Ana,,,,no answer",
            "a3,L1,attempt,2026-11-02T13:55:00Z,Ana,,,,left message");

        world.Router.Sweep();

        var recycled = Assert.Single(await world.Events("L1"), e => e.Type == "recycled");
        Assert.Equal("2026-11-02T13:55:00Z", recycled.OccurredAt);
        var lead = await world.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/leads/L1");
        Assert.Equal("consideration", lead.GetProperty("lead").GetProperty("nurtureTrack").GetString());

        world.Server.Clock.Advance(Duration.FromHours(1));
        // Back in marketing, the old interest no longer counts: one page visit (fit 40 + 5) does not hand it off; a webinar (+20) does.
        await world.Send("e2,L1,engaged,2026-11-02T14:10:00Z,,page_visit,,,");
        world.Router.Sweep();
        Assert.Single(await world.Events("L1"), e => e.Type == "handed_off");
        await world.Send("e3,L1,engaged,2026-11-02T14:20:00Z,,webinar,,,");
        world.Router.Sweep();
        Assert.Equal(2, (await world.Events("L1")).Count(e => e.Type == "handed_off"));
    }
}
