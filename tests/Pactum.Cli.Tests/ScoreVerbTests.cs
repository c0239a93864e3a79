using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pactum.Storage.Agreements;
using Pactum.Storage.Database;

namespace Pactum.Cli.Tests;

/// <summary><c>pactum score explain</c> (SPEC L4) on a database holding the Company X agreement and one lead.</summary>
public sealed class ScoreVerbTests : IDisposable
{
    private const string Events = """
        event_id,lead_id,type,occurred_at,persona,seniority,buying_role,employees,region,activity
        c1,L1,lead_created,2026-11-01T14:00:00Z,Decision-making executive,executive,decision-maker,250,North America,
        e1,L1,engaged,2026-11-01T15:00:00Z,,,,,,webinar
        c2,L2,lead_created,2026-11-01T14:00:00Z,Manager,manager,influencer,12,North America,
        """;

    private readonly string _db;

    public ScoreVerbTests()
    {
        _db = Path.Combine(Path.GetDirectoryName(CliRun.TempFile("x", ""))!, "pactum.db");
        var yaml = File.ReadAllText(Path.Combine(CliRun.RepositoryRoot(), "samples", "agreements", "company-x-internal.yaml"));
        new AgreementStore(SqliteDatabase.Open(_db), NodaTime.SystemClock.Instance).Store("company-x-internal", "Company X", "internal", yaml, "test");
        Assert.Equal(0, CliRun.Of("import", "events", CliRun.TempFile("leads.csv", Events), "--db", _db, "--json").ExitCode);
    }

    public void Dispose() => SqliteConnection.ClearAllPools();

    [Fact]
    public void Explain_Json_PrintsEveryRuleThatCountedAndTheHandOffVerdict()
    {
        var run = CliRun.Of("score", "explain", "L1", "--db", _db, "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        var score = JsonDocument.Parse(run.Output).RootElement;
        // Fit: executive persona 20 + executive seniority 10 + decision-maker 10 + 250 employees 10 = 50. Interest: webinar 15.
        Assert.Equal((50m, 15m, 65m, "A3"), (score.GetProperty("fit").GetDecimal(), score.GetProperty("interest").GetDecimal(), score.GetProperty("total").GetDecimal(), score.GetProperty("grade").GetString()));
        Assert.Equal(5, score.GetProperty("parts").GetArrayLength());
        Assert.Equal("hand_off", score.GetProperty("handOff").GetProperty("outcome").GetString());
        Assert.Equal(2, score.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public void Explain_DisqualifiedLead_SaysWhyInText()
    {
        var run = CliRun.Of("score", "explain", "L2", "--db", _db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("disqualified: Companies under 20 employees are not served", run.Output, StringComparison.Ordinal);
        Assert.Contains("Hand-off: disqualified", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownLead_ExitsTwoNamingIt()
    {
        var run = CliRun.Of("score", "explain", "L9", "--db", _db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no lead 'L9'", run.Error, StringComparison.Ordinal);
    }
}
