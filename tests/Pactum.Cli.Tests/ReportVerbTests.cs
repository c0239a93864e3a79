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

    [Fact]
    public void Reports_ALeadHandedOffAgainInNovember_CountsThereFromItsFirstHandOffInNovember()
    {
        // L2 (rejected in October) is handed off again on 3 and 9 November and attempted on 4 November at 15:30 UTC.
        var again = CliRun.TempFile("again.csv", ReportMonthFixture.Header + """

            l2-h2,L2,handed_off,2026-11-03T14:00:00Z,,bob,,,,,,,
            l2-h3,L2,handed_off,2026-11-09T14:00:00Z,,bob,,,,,,,
            l2-a3,L2,attempt,2026-11-04T15:30:00Z,,bob,,,phone,no answer,,,

            """);
        Assert.Equal(0, CliRun.Of("import", "events", again, "--db", _db, "--json").ExitCode);
        string[] november = ["--db", _db, "--month", "2026-11", "--zone", ReportMonthFixture.Zone, "--json"];

        var waterfall = JsonDocument.Parse(CliRun.Of(["report", "waterfall", "--goal", "30", .. november]).Output).RootElement.GetProperty("days");
        var speed = JsonDocument.Parse(CliRun.Of(["report", "speed", .. november]).Output).RootElement;

        // November in New York: L2 on day 3 only (not again on day 9); L5's 03:30 UTC hand-off is October's.
        Assert.Equal((0, 1, 1), (waterfall[1].GetProperty("actual").GetInt32(), waterfall[2].GetProperty("actual").GetInt32(), waterfall[29].GetProperty("actual").GetInt32()));
        Assert.Equal("L2", speed.GetProperty("leads")[0].GetProperty("leadId").GetString());
        Assert.Equal(1530m, speed.GetProperty("leads")[0].GetProperty("minutes").GetDecimal()); // 3 Nov 14:00 → 4 Nov 15:30
        Assert.Equal(6, Json("waterfall", "--goal", "100").GetProperty("days")[30].GetProperty("actual").GetInt32()); // October unchanged
    }
}
