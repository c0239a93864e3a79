using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pactum.Testing;

namespace Pactum.Cli.Tests;

/// <summary>The report verbs on <see cref="ReportMonthFixture"/>'s October (SPEC I5), figures worked out by hand there.</summary>
public sealed class ReportVerbTests : IDisposable
{
    private readonly string _db;

    public ReportVerbTests()
    {
        _db = Path.Combine(Path.GetDirectoryName(CliRun.TempFile("x", ""))!, "pactum.db");
        Assert.Equal(0, CliRun.Of("import", "events", CliRun.TempFile("month.csv", ReportMonthFixture.Events), "--db", _db, "--json").ExitCode);
        Assert.Equal(0, CliRun.Of("import", "events", CliRun.TempFile("late.csv", ReportMonthFixture.LateEvents), "--db", _db, "--json").ExitCode);
    }

    public void Dispose() => SqliteConnection.ClearAllPools();

    private JsonElement Json(params string[] args)
    {
        var run = CliRun.Of(["report", .. args, "--db", _db, "--month", "2026-10", "--zone", ReportMonthFixture.Zone, "--json"]);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output).RootElement;
    }

    [Fact]
    public void Waterfall_Json_PrintsADayPerDayWithTheCumulativeGoalAndActual()
    {
        var days = Json("waterfall", "--goal", "100").GetProperty("days");

        Assert.Equal(31, days.GetArrayLength());
        Assert.Equal((1, 3.23m, 1), (days[0].GetProperty("day").GetInt32(), days[0].GetProperty("goal").GetDecimal(), days[0].GetProperty("actual").GetInt32()));
        Assert.Equal((30, 96.77m, 5), (days[29].GetProperty("day").GetInt32(), days[29].GetProperty("goal").GetDecimal(), days[29].GetProperty("actual").GetInt32()));
        Assert.Equal((100m, 6), (days[30].GetProperty("goal").GetDecimal(), days[30].GetProperty("actual").GetInt32())); // L5 at 23:30 on the 31st
    }

    [Fact]
    public void Speed_Json_PrintsTheLeadsTheirMinutesTheAverageAndTheUntouched()
    {
        var speed = Json("speed");

        var minutes = speed.GetProperty("leads").EnumerateArray().ToDictionary(l => l.GetProperty("leadId").GetString()!, l => l.GetProperty("minutes").GetDecimal());
        Assert.Equal(new Dictionary<string, decimal> { ["L1"] = 30, ["L2"] = 60, ["L3"] = 120, ["L5"] = 10, ["L6"] = 20 }, minutes);
        Assert.Equal(48m, speed.GetProperty("averageMinutes").GetDecimal());
        Assert.Equal(1, speed.GetProperty("untouched").GetInt32());
    }

    [Fact]
    public void Speed_WithACalendar_CountsBusinessMinutes()
    {
        var calendar = CliRun.TempFile("cal.yaml", """
            timeZone: America/New_York
            hours:
              monday: ["09:00-17:00"]
              tuesday: ["09:00-17:00"]
              wednesday: ["09:00-17:00"]
              thursday: ["09:00-17:00"]
              friday: ["09:00-17:00"]
            """);

        var speed = Json("speed", "--calendar", calendar);

        Assert.Equal(46m, speed.GetProperty("averageMinutes").GetDecimal()); // L5's Saturday-night 10 minutes count 0
    }

    [Fact]
    public void Depth_Json_PrintsTheUnconnectedLeadsAndTheirAverageAttempts()
    {
        var depth = Json("depth");

        Assert.Equal((4, 1.5m), (depth.GetProperty("leads").GetInt32(), depth.GetProperty("averageAttempts").GetDecimal()));
    }

    [Fact]
    public void Waterfall_InUtc_CountsL5InNovemberAndL7InOctober()
    {
        var run = CliRun.Of("report", "waterfall", "--db", _db, "--month", "2026-10", "--goal", "31", "--json");

        var days = JsonDocument.Parse(run.Output).RootElement.GetProperty("days");
        Assert.Equal(2, days[0].GetProperty("actual").GetInt32()); // L7 (03:00 UTC) and L1 on 1 October
        Assert.Equal(6, days[30].GetProperty("actual").GetInt32());
    }

    [Fact]
    public void Report_BadMonthZoneAndComparison_ExitTwoNamingEach()
    {
        var run = CliRun.Of("report", "waterfall", "--db", _db, "--month", "October", "--zone", "America/New_Yrok", "--goal", "10", "--compare", "yesterday");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--month: 'October' is not a month", run.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'America/New_York'?", run.Error, StringComparison.Ordinal);
        Assert.Contains("--compare: 'yesterday' is not a comparison line", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithoutJson_PrintsTables()
    {
        foreach (var verb in new[] { "status", "sources", "closed-loop", "metrics", "depth" })
        {
            var run = CliRun.Of("report", verb, "--db", _db, "--month", "2026-10", "--zone", ReportMonthFixture.Zone);
            Assert.True(run.ExitCode == 0, $"{verb}: {run.Error}");
            Assert.Contains("2026-10", run.Output, StringComparison.Ordinal);
        }
    }
}
