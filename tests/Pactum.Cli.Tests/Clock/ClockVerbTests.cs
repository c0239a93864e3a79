using System.Text.Json;
using Pactum.Domain.Tests.Calendars;

namespace Pactum.Cli.Tests.Clock;

/// <summary>The shared business-clock cases through <c>pactum clock … --json</c>, exactly as SPEC I3 prints them.</summary>
public sealed class ClockVerbTests
{
    [Theory]
    [MemberData(nameof(BusinessClockCases.DueNames), MemberType = typeof(BusinessClockCases))]
    public void Due_SharedCase_PrintsTheDueInstant(string name)
    {
        var c = BusinessClockCases.Named(name);
        var calendar = CliRun.TempFile("calendar.yaml", c.CalendarYaml());

        var run = CliRun.Of("clock", "due", "--calendar", calendar, "--start", c.Start!, "--minutes", c.Minutes!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");

        Assert.Equal(0, run.ExitCode);
        var due = JsonDocument.Parse(run.Output).RootElement.GetProperty("due").GetString();
        Assert.Equal(c.Due, due);
    }

    [Theory]
    [MemberData(nameof(BusinessClockCases.ElapsedNames), MemberType = typeof(BusinessClockCases))]
    public void Elapsed_SharedCase_PrintsTheBusinessMinutes(string name)
    {
        var c = BusinessClockCases.Named(name);
        var calendar = CliRun.TempFile("calendar.yaml", c.CalendarYaml());

        var run = CliRun.Of("clock", "elapsed", "--calendar", calendar, "--from", c.From!, "--to", c.To!, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(c.ElapsedMinutes, JsonDocument.Parse(run.Output).RootElement.GetProperty("minutes").GetDecimal());
    }

    [Fact]
    public void Due_UnknownZone_ExitsWith2WithLineAndField()
    {
        var calendar = CliRun.TempFile("bad.yaml", "timeZone: America/New_Yrok\nhours:\n  monday: [\"09:00-17:00\"]\n");

        var run = CliRun.Of("clock", "due", "--calendar", calendar, "--start", "2026-11-02T14:00:00Z", "--minutes", "60", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.yaml:1:", run.Error, StringComparison.Ordinal);
        Assert.Contains("timeZone: 'America/New_Yrok' is not an IANA time zone (did you mean 'America/New_York'?)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_MissingCalendarFile_ExitsWith2()
    {
        var run = CliRun.Of("clock", "due", "--calendar", "no-such-calendar.yaml", "--start", "2026-11-02T14:00:00Z", "--minutes", "60");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--calendar: no file 'no-such-calendar.yaml'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_StartWithoutOffset_ExitsWith2()
    {
        var calendar = CliRun.TempFile("calendar.yaml", "timeZone: UTC\nhours:\n  monday: [\"09:00-17:00\"]\n");

        var run = CliRun.Of("clock", "due", "--calendar", calendar, "--start", "2026-11-02T14:00:00", "--minutes", "60");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--start", run.Error, StringComparison.Ordinal);
    }
}
