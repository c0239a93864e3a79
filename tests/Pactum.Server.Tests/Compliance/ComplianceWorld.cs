using System.Text;
using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Server.Features.Compliance;
using Pactum.Storage.Compliance;
using Pactum.Testing;

namespace Pactum.Server.Tests.Compliance;

/// <summary>
/// A server without background services holding a one-goal agreement from 1 November 2026 (UTC): marketing hands sales
/// 4 leads a month; three misses in a row or three strikes in a quarter flag it. Tests import hand-offs and move the
/// clock to each month's end to evaluate.
/// </summary>
internal sealed class ComplianceWorld : IAsyncDisposable
{
    public const string Yaml = """
        id: pipeline-test
        title: Pipeline test SLA
        kind: internal
        version: 1
        term: { starts: 2026-11-01, ends: 2027-10-31 }
        summary: { service: Qualified leads, forWhom: Sales, measuredBy: Leads handed off each month }
        parties:
          - { id: marketing, name: Marketing }
          - { id: sales, name: Sales }
        goals:
          - { id: qualified-leads, name: Qualified leads, owner: marketing, metric: leads handed to sales, target: 4, unit: leads, period: month, measure: leads-handed-off }
        contacts:
          - { name: Amir, party: marketing, role: Marketing director, email: amir@x.example }
          - { name: Kendra, party: sales, role: Sales director, email: kendra@x.example }
        consequences:
          remediation: The owner presents a plan at the next review.
          strikes: { diagnosedBy: marketing, fixedBy: marketing, beforeEscalation: 3 }
        cancellation:
          conditions:
            - { goalsMissedInARow: 3 }
            - { strikes: 3, within: quarter }
        """;

    private int _leads;

    private ComplianceWorld(RunningServer server) => Server = server;

    public RunningServer Server { get; }

    public ComplianceService Compliance => (ComplianceService)Server.Services.GetService(typeof(ComplianceService))!;

    public VerdictStore Verdicts => (VerdictStore)Server.Services.GetService(typeof(VerdictStore))!;

    public ConsequenceStore Consequences => (ConsequenceStore)Server.Services.GetService(typeof(ConsequenceStore))!;

    public static async Task<ComplianceWorld> StartAsync(string yaml = Yaml)
    {
        var server = await RunningServer.StartAsync(demo: false, o => o with { BackgroundServices = false });
        (await server.Client.PostAsync("/api/agreements", new StringContent(yaml, Encoding.UTF8, "application/yaml"))).EnsureSuccessStatusCode();
        return new ComplianceWorld(server);
    }

    /// <summary>Imports <paramref name="count"/> new leads handed off on <paramref name="day"/> at 15:00 UTC.</summary>
    public async Task HandOff(LocalDate day, int count)
    {
        var csv = new StringBuilder("event_id,lead_id,type,occurred_at,owner\n");
        for (var i = 0; i < count; i++)
        {
            _leads++;
            csv.Append($"h{_leads},L{_leads},handed_off,{day:uuuu-MM-dd}T15:00:00Z,Dana\n");
        }

        (await Server.Client.PostAsync("/api/events/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
    }

    /// <summary>Moves the clock to <paramref name="at"/> (UTC) and evaluates the agreement.</summary>
    public EvaluationOutcome EvaluateAt(Instant at)
    {
        Server.Clock.Advance(at - Server.Clock.GetCurrentInstant());
        return Compliance.Evaluate("pipeline-test")!;
    }

    /// <summary>The notices in the outbox, as (type, party, emails), in order.</summary>
    public IReadOnlyList<(string Type, string Party, string Emails)> Notices()
    {
        using var connection = new SqliteConnection($"Data Source={Server.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, party, emails FROM notices ORDER BY id";
        using var reader = command.ExecuteReader();
        var notices = new List<(string, string, string)>();
        while (reader.Read())
        {
            notices.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return notices;
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
