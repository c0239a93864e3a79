using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NodaTime;

namespace Pactum.Server.Tests.Routing;

/// <summary>
/// The hand-off automation end to end (SPEC L4, L5): events in through the API, a routing round, the hand-off events,
/// owners and notices it makes; a rule change re-routes the leads in marketing; disqualifying rules hold.
/// </summary>
public sealed class HandOffAutomationTests
{
    [Fact]
    public async Task Sweep_ScoreAtThreshold_MakesMqlAndHandsOffAtTheQualifyingEventWithTheNextRep()
    {
        await using var world = await RoutingWorld.StartAsync("Ana", "Ben");
        // L1: executive (30) at 250 employees (10) + webinar (20) = 60 at 13:30 → handed off then. L2: 30 + 5 = 35, stays.
        await world.Send(
            "c1,L1,lead_created,2026-11-02T13:00:00Z,,,executive,250,",
            "e1,L1,engaged,2026-11-02T13:30:00Z,,webinar,,,",
            "c2,L2,lead_created,2026-11-02T13:00:00Z,,,executive,50,",
            "e2,L2,engaged,2026-11-02T13:10:00Z,,page_visit,,,");

        var round = world.Router.Sweep();

        Assert.Equal(1, round.HandedOff);
        var l1 = await world.Events("L1");
        Assert.Contains(l1, e => e.Type == "mql" && e.OccurredAt == "2026-11-02T13:30:00Z");
        var handOff = Assert.Single(l1, e => e.Type == "handed_off");
        Assert.Equal("2026-11-02T13:30:00Z", handOff.OccurredAt);
        Assert.Equal("Ana", handOff.Owner);
        Assert.Contains("score 60 reached the threshold 60", handOff.Reason);
        Assert.Contains("round-robin", handOff.Reason);
        Assert.DoesNotContain(await world.Events("L2"), e => e.Type == "handed_off");
        var score = await world.Client.GetFromJsonAsync<JsonElement>("/api/leads/L2/score");
        Assert.Equal(35m, score.GetProperty("score").GetProperty("fit").GetDecimal() + score.GetProperty("score").GetProperty("interest").GetDecimal());
        Assert.Equal("not_yet", score.GetProperty("verdict").GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Sweep_SecondRound_AppendsNothingNew()
    {
        await using var world = await RoutingWorld.StartAsync("Ana", "Ben");
        await world.Send("c1,L1,lead_created,2026-11-02T13:00:00Z,,,executive,250,", "e1,L1,engaged,2026-11-02T13:30:00Z,,webinar,,,");
        world.Router.Sweep();

        var again = world.Router.Sweep();

        Assert.Equal(0, again.HandedOff);
        Assert.Single(await world.Events("L1"), e => e.Type == "handed_off");
    }

    [Fact]
    public async Task Sweep_DemoRequestFromALowScoreLead_HandsItOffAtOnce()
    {
        await using var world = await RoutingWorld.StartAsync("Ana");
        // An intern at a 40-person company: fit 0; the demo request adds 10 — 10 in all, far below 60.
        await world.Send("c1,L1,lead_created,2026-11-02T13:00:00Z,,,intern,40,", "e1,L1,engaged,2026-11-02T13:20:00Z,,demo_request,,,");

        world.Router.Sweep();

        var handOff = Assert.Single(await world.Events("L1"), e => e.Type == "handed_off");
        Assert.Equal("2026-11-02T13:20:00Z", handOff.OccurredAt);
        Assert.Contains("demo request: a bottom-of-funnel conversion", handOff.Reason);
    }

    [Fact]
    public async Task Sweep_LeadUnderTwentyEmployees_IsNeverHandedOffAndSaysWhy()
    {
        await using var world = await RoutingWorld.StartAsync("Ana");
        // Executive (30) + webinar (20) + two page visits (10) = 60, and a demo request: but 12 employees.
        await world.Send(
            "c1,L1,lead_created,2026-11-02T13:00:00Z,,,executive,12,",
            "e1,L1,engaged,2026-11-02T13:10:00Z,,webinar,,,",
            "e2,L1,engaged,2026-11-02T13:11:00Z,,page_visit,,,",
            "e3,L1,engaged,2026-11-02T13:12:00Z,,page_visit,,,",
            "e4,L1,engaged,2026-11-02T13:13:00Z,,demo_request,,,");

        world.Router.Sweep();
        await world.Apply(RoutingWorld.Yaml(threshold: 10, version: 2));
        world.Router.Sweep();

        Assert.DoesNotContain(await world.Events("L1"), e => e.Type is "handed_off" or "mql");
        var score = await world.Client.GetFromJsonAsync<JsonElement>("/api/leads/L1/score");
        Assert.Equal("disqualified", score.GetProperty("verdict").GetProperty("outcome").GetString());
        Assert.Contains("Companies under 20 employees are not served", score.GetProperty("verdict").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Sweep_AfterARuleChange_HandsOffTheLeadsTheNewThresholdQualifiesWhenItTakesEffect()
    {
        await using var world = await RoutingWorld.StartAsync("Ana", "Ben");
        // L1 60 (handed off under v1), L2 50, L3 35.
        await world.Send(
            "c1,L1,lead_created,2026-11-02T13:00:00Z,,,executive,250,", "e1,L1,engaged,2026-11-02T13:30:00Z,,webinar,,,",
            "c2,L2,lead_created,2026-11-02T13:00:00Z,,,executive,50,", "e2,L2,engaged,2026-11-02T13:30:00Z,,webinar,,,",
            "c3,L3,lead_created,2026-11-02T13:00:00Z,,,executive,50,", "e3,L3,engaged,2026-11-02T13:30:00Z,,page_visit,,,");
        world.Router.Sweep();
        Assert.DoesNotContain(await world.Events("L2"), e => e.Type == "handed_off");

        world.Server.Clock.Advance(Duration.FromHours(2));
        await world.Apply(RoutingWorld.Yaml(threshold: 50, version: 2));
        var round = world.Router.Sweep();

        Assert.Equal(1, round.HandedOff);
        var l2 = Assert.Single(await world.Events("L2"), e => e.Type == "handed_off");
        Assert.Equal("2026-11-02T16:00:00Z", l2.OccurredAt); // when version 2 took effect, not when L2 reached 50
        Assert.Equal("Ben", l2.Owner); // Ana had L1: the turn goes on
        Assert.Single(await world.Events("L1"), e => e.Type == "handed_off");
        Assert.DoesNotContain(await world.Events("L3"), e => e.Type == "handed_off");
    }

    [Fact]
    public async Task Sweep_HandOff_TellsSalesWithTheFactsTheAgreementCarries()
    {
        await using var world = await RoutingWorld.StartAsync("Ana");
        await world.Send("c1,L1,lead_created,2026-11-02T13:00:00Z,,,executive,250,", "e1,L1,engaged,2026-11-02T13:30:00Z,,webinar,,,");

        world.Router.Sweep();

        var payload = JsonDocument.Parse(Assert.Single(world.NoticePayloads("lead.handed_off"))).RootElement;
        var data = payload.GetProperty("data");
        Assert.Equal("L1", data.GetProperty("leadId").GetString());
        Assert.Equal("Ana", data.GetProperty("owner").GetString());
        Assert.Equal(250, data.GetProperty("lead").GetProperty("employees").GetInt32());
        Assert.Equal(60m, data.GetProperty("lead").GetProperty("score").GetDecimal());
        Assert.Equal("B2", data.GetProperty("lead").GetProperty("grade").GetString()); // default bands: fit 40 (B from 25), interest 20 (2 from 20)
    }

    [Fact]
    public async Task Nurture_ByHand_RecordsTheTrackAndRejectsAnUnknownOne()
    {
        await using var world = await RoutingWorld.StartAsync("Ana");
        await world.Send("c1,L1,lead_created,2026-11-02T13:00:00Z,,,executive,250,");

        var bad = await world.Client.PostAsJsonAsync("/api/leads/L1/nurture", new { track = "someday" });
        var good = await world.Client.PostAsJsonAsync("/api/leads/L1/nurture", new { track = "Decision", reason = "not ready this quarter" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("awareness, consideration, decision", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, good.StatusCode);
        var nurtured = Assert.Single(await world.Events("L1"), e => e.Type == "nurtured");
        Assert.Equal("not ready this quarter", nurtured.Reason);
    }
}
