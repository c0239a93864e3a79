using System.Net.Http.Json;
using System.Text;
using NodaTime;
using Pactum.Server.Features.Routing;
using Pactum.Storage.Clocks;
using Pactum.Testing;

namespace Pactum.Server.Tests.Routing;

/// <summary>
/// A server without background services holding a marketing → sales agreement that scores leads, hands them off at
/// 60 points (or at once on a demo request), assigns them round-robin, reassigns a missed first touch (one business
/// hour, around the clock) and recycles after three attempts. The agreement is in effect from 08:00 UTC on Monday 2
/// November 2026; "now" starts at 14:00. Tests send events, move the clock and run rounds.
/// </summary>
internal sealed class RoutingWorld : IAsyncDisposable
{
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 2, 14, 0);

    public static string Yaml(decimal threshold = 60, int version = 1) => $$"""
        id: routing-test
        title: Routing test SLA
        kind: internal
        version: {{version}}
        term: { starts: 2026-11-01, ends: 2027-10-31 }
        summary: { service: Qualified leads, forWhom: Sales, measuredBy: Leads handed off each month }
        parties:
          - { id: marketing, name: Marketing }
          - { id: sales, name: Sales }
        goals:
          - { id: qualified-leads, name: Qualified leads, owner: marketing, metric: leads handed to sales, target: 10, unit: leads, period: month, measure: leads-handed-off }
        contacts:
          - { name: Amir, party: marketing, role: Marketing director, email: amir@x.example }
          - { name: Kendra, party: sales, role: Sales director, email: kendra@x.example }
        scoring:
          fit:
            - { property: seniority, is: executive, points: 30 }
            - { property: employees, atLeast: 200, points: 10 }
            - { property: employees, below: 20, disqualify: Companies under 20 employees are not served }
          interest:
            - { activity: page_visit, points: 5, group: web }
            - { activity: webinar, points: 20 }
            - { activity: demo_request, points: 10 }
          groups:
            - { name: web, cap: 20, halfLife: 30 days }
        handOff:
          threshold: {{threshold}}
          conversions: [demo_request]
          carry: [source, score, grade, employees]
        assignment:
          method: round-robin
          reassignOnFirstTouchBreach: true
        recycle:
          afterAttempts: { count: 3, track: consideration }
        clocks:
          - { id: first-touch, name: First touch within an hour, party: sales, kind: first-touch, goal: 60 minutes }
        calendar:
          timeZone: UTC
          hours:
            monday: ["00:00-24:00"]
            tuesday: ["00:00-24:00"]
            wednesday: ["00:00-24:00"]
            thursday: ["00:00-24:00"]
            friday: ["00:00-24:00"]
            saturday: ["00:00-24:00"]
            sunday: ["00:00-24:00"]
        """;

    private RoutingWorld(RunningServer server) => Server = server;

    public RunningServer Server { get; }

    public HttpClient Client => Server.Client;

    public LeadRouter Router => (LeadRouter)Server.Services.GetService(typeof(LeadRouter))!;

    public static async Task<RoutingWorld> StartAsync(params string[] reps)
    {
        var server = await RunningServer.StartAsync(demo: false, o => o with { BackgroundServices = false });
        server.Clock.Advance(Start - Duration.FromHours(6) - server.Clock.GetCurrentInstant());
        var world = new RoutingWorld(server);
        await world.Apply(Yaml()); // in effect from 08:00: the events of the tests come after it
        server.Clock.Advance(Duration.FromHours(6));
        foreach (var rep in reps)
        {
            (await server.Client.PutAsJsonAsync($"/api/reps/{Uri.EscapeDataString(rep)}", new { })).EnsureSuccessStatusCode();
        }

        return world;
    }

    /// <summary>Applies <paramref name="yaml"/> as the version in effect now.</summary>
    public async Task Apply(string yaml) =>
        (await Client.PostAsync("/api/agreements", new StringContent(yaml, Encoding.UTF8, "application/yaml"))).EnsureSuccessStatusCode();

    /// <summary>Sends events given as CSV rows (the generic columns of the header below) through the API's import.</summary>
    public async Task Send(params string[] rows)
    {
        var csv = "event_id,lead_id,type,occurred_at,owner,activity,seniority,employees,outcome\n" + string.Join("\n", rows) + "\n";
        var answer = await Client.PostAsync("/api/events/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        answer.EnsureSuccessStatusCode();
    }

    /// <summary>Moves the clock by <paramref name="by"/>, records the clock changes due and runs a routing round.</summary>
    public RoutingRound After(Duration by)
    {
        Server.Clock.Advance(by);
        ((ClockSweeper)Server.Services.GetService(typeof(ClockSweeper))!).Sweep(Server.Clock.GetCurrentInstant());
        return Router.Sweep();
    }

    /// <summary>The events of a lead as (type, owner, reason), in order.</summary>
    public async Task<List<(string Type, string? Owner, string? Reason, string EventId, string OccurredAt)>> Events(string leadId)
    {
        var lead = await Client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/leads/{leadId}");
        return lead.GetProperty("events").EnumerateArray()
            .Select(e => (e.GetProperty("type").GetString()!, Text(e, "owner"), Text(e, "reason"), e.GetProperty("eventId").GetString()!, e.GetProperty("occurredAt").GetString()!))
            .ToList();
    }

    /// <summary>The payloads of the notices of <paramref name="type"/> in the outbox, in order.</summary>
    public IReadOnlyList<string> NoticePayloads(string type)
    {
        var outbox = (Pactum.Storage.Database.SqliteDatabase)Server.Services.GetService(typeof(Pactum.Storage.Database.SqliteDatabase))!;
        using var connection = outbox.Connect();
        return Dapper.SqlMapper.Query<string>(connection, "SELECT payload FROM notices WHERE type = @type ORDER BY id", new { type }).ToList();
    }

    private static string? Text(System.Text.Json.JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
