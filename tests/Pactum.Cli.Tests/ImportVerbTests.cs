using System.Text.Json;
using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Domain.Clocks;
using Pactum.Storage.Agreements;
using Pactum.Storage.Clocks;
using Pactum.Storage.Database;

namespace Pactum.Cli.Tests;

public sealed class ImportVerbTests
{
    private const string Csv = """
        event_id,lead_id,type,occurred_at,source,owner,persona,amount,channel,outcome,reason
        e1,L1,lead_created,2026-10-01T09:00:00Z,organic_search,,,,,,
        e2,L1,handed_off,2026-10-01T10:00:00Z,,Ann,,,,,
        e3,L1,atempt,2026-10-01T11:00:00Z,,,,,phone,no answer,
        """;

    private static string Database() => Path.Combine(Path.GetDirectoryName(CliRun.TempFile("x", ""))!, "pactum.db");

    [Fact]
    public void ImportEvents_IntoADatabaseWithAnAgreement_RecordsTheLeadsClocks()
    {
        var db = Database();
        var database = SqliteDatabase.Open(db);
        var clock = SystemClock.Instance;
        var yaml = File.ReadAllText(Path.Combine(CliRun.RepositoryRoot(), "samples", "agreements", "company-x-internal.yaml"));
        new AgreementStore(database, clock).Store("company-x-internal", "Company X", "internal", yaml, "test");

        var run = CliRun.Of("import", "events", CliRun.TempFile("events.csv", Csv), "--db", db, "--json");

        Assert.Equal(1, run.ExitCode); // the misspelt row is rejected; the others are taken
        var store = new ClockStore(database, new ClockProjector(new ClockPlans(new AgreementStore(database, clock)), new ClockAlarms()), clock);
        var firstTouch = Assert.Single(store.RunsOf("L1"), r => r.Run.ClockId == "first-touch");
        Assert.Equal(ClockState.Breached, firstTouch.Run.State); // handed off on 1 October, never attempted
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void ImportEvents_Json_PrintsExactlyTheTotals()
    {
        var file = CliRun.TempFile("events.csv", Csv);
        var db = Database();

        var first = CliRun.Of("import", "events", file, "--db", db, "--json");
        var again = CliRun.Of("import", "events", file, "--db", db, "--json");

        Assert.Equal(1, first.ExitCode); // a row was rejected
        var totals = JsonDocument.Parse(first.Output).RootElement;
        Assert.Equal(["taken", "duplicates", "rejected"], totals.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, totals.GetProperty("taken").GetInt32());
        Assert.Equal(1, totals.GetProperty("rejected").GetInt32());
        Assert.Equal(2, JsonDocument.Parse(again.Output).RootElement.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public void ImportEvents_ProgressJsonWithChunksOfOne_AcknowledgesEveryChunkOnStandardError()
    {
        var file = CliRun.TempFile("events.csv", Csv);

        var run = CliRun.Of("import", "events", file, "--db", Database(), "--json", "--chunk-size", "1", "--progress-json");

        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([1, 2, 2], lines.Select(l => l.GetProperty("taken").GetInt32())); // the last chunk holds only the rejected row
        Assert.Equal([1, 2, 3], lines.Select(l => l.GetProperty("rows").GetInt32()));
        Assert.Equal(1, lines[^1].GetProperty("rejected").GetInt32());
        Assert.Equal(2, JsonDocument.Parse(run.Output).RootElement.GetProperty("taken").GetInt32()); // --json's output is unchanged
    }

    [Fact]
    public void ImportEvents_RejectedRow_IsWrittenToTheRejectFileWithItsLine()
    {
        var file = CliRun.TempFile("events.csv", Csv);

        var run = CliRun.Of("import", "events", file, "--db", Database());

        Assert.Contains("2 events taken, 0 duplicates skipped, 1 rejected", run.Output, StringComparison.Ordinal);
        Assert.Contains("line 4: type: 'atempt' is not an event type (did you mean 'attempt'?)", run.Output, StringComparison.Ordinal);
        var rejects = File.ReadAllLines(file + ".rejects.csv");
        Assert.Equal("line,reason", rejects[0]);
        Assert.StartsWith("4,\"type: 'atempt'", rejects[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ImportEvents_AllGood_ExitsZeroAndWritesNoRejectFile()
    {
        var file = CliRun.TempFile("events.csv", "event_id,lead_id,type,occurred_at\ne1,L1,lead_created,2026-10-01T09:00:00Z\n");

        var run = CliRun.Of("import", "events", file, "--db", Database(), "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(file + ".rejects.csv"));
    }

    [Theory]
    [InlineData(new[] { "--format", "pipedrive" }, "--format: 'pipedrive' is not a layout")] // an unknown layout
    [InlineData(new[] { "--zone", "Mars/Olympus" }, "--zone: 'Mars/Olympus' is not an IANA time zone")] // an unknown zone
    [InlineData(new[] { "--snapshot-at", "yesterday" }, "--snapshot-at: 'yesterday' is not an ISO-8601 instant")] // a bad instant
    [InlineData(new[] { "--chunk-size", "0" }, "--chunk-size: 0 is not a positive number of events")] // an empty chunk
    public void ImportEvents_BadOption_ExitsWith2(string[] option, string message)
    {
        var file = CliRun.TempFile("events.csv", Csv);

        var run = CliRun.Of(["import", "events", file, "--db", Database(), .. option]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportEvents_WrongHeader_ExitsWith2AndImportsNothing()
    {
        var file = CliRun.TempFile("events.csv", "id,when\n1,today\n");

        var run = CliRun.Of("import", "events", file, "--db", Database(), "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the header shows no known layout", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportEvents_SalesforceSample_WithZoneDateFormatAndSnapshot()
    {
        var sample = Path.Combine(CliRun.RepositoryRoot(), "samples", "imports", "salesforce-leads.csv");

        var run = CliRun.Of("import", "events", sample, "--db", Database(), "--zone", "America/New_York", "--date-format", "M/d/yyyy h:mm a", "--snapshot-at", "2026-10-01T00:00:00Z", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.True(JsonDocument.Parse(run.Output).RootElement.GetProperty("taken").GetInt32() > 18);
    }

    [Fact]
    public void DemoGenerate_SameSeed_WritesTheSameFile()
    {
        var first = CliRun.TempFile("a.csv", "");
        var second = CliRun.TempFile("b.csv", "");

        var run = CliRun.Of("demo", "generate", "--leads", "300", "--months", "3", "--seed", "5", "--until", "2026-11-01T00:00:00Z", "--out", first);
        CliRun.Of("demo", "generate", "--leads", "300", "--months", "3", "--seed", "5", "--until", "2026-11-01T00:00:00Z", "--out", second);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
        Assert.StartsWith("event_id,lead_id,type,occurred_at,", File.ReadLines(first).First(), StringComparison.Ordinal);
        var imported = CliRun.Of("import", "events", first, "--db", Database(), "--json");
        Assert.Equal(0, JsonDocument.Parse(imported.Output).RootElement.GetProperty("rejected").GetInt32());
    }
}
