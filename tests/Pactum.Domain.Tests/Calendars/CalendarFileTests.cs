using NodaTime;
using Pactum.Domain.Calendars;

namespace Pactum.Domain.Tests.Calendars;

public sealed class CalendarFileTests
{
    [Theory]
    // an unknown zone, with a suggestion
    [InlineData("timeZone: Europe/Berlinn\nhours:\n  monday: [\"09:00-17:00\"]\n", 1, "timeZone", "did you mean 'Europe/Berlin'?")]
    // an hour that does not exist
    [InlineData("timeZone: UTC\nhours:\n  monday: [\"09:00-25:00\"]\n", 3, "hours.monday[0]", "not HH:mm")]
    // two intervals on one day that overlap
    [InlineData("timeZone: UTC\nhours:\n  monday: [\"09:00-13:00\", \"12:00-17:00\"]\n", 3, "hours.monday[1]", "'12:00-17:00' overlaps monday '09:00-13:00'")]
    // an overnight shift that runs into the next morning's hours
    [InlineData("timeZone: UTC\nhours:\n  friday: [\"22:00-06:00\"]\n  saturday: [\"05:00-10:00\"]\n", 4, "hours.saturday[0]", "overlaps friday '22:00-06:00'")]
    // Sunday night runs into Monday morning
    [InlineData("timeZone: UTC\nhours:\n  monday: [\"00:00-08:00\"]\n  sunday: [\"20:00-02:00\"]\n", 4, "hours.sunday[0]", "overlaps monday '00:00-08:00'")]
    // a misspelt day
    [InlineData("timeZone: UTC\nhours:\n  mondy: [\"09:00-17:00\"]\n", 3, "hours.mondy", "did you mean 'monday'?")]
    // a holiday that is not a date
    [InlineData("timeZone: UTC\nhours: {}\nholidays: [2026-13-01]\n", 3, "holidays[0]", "YYYY-MM-DD")]
    // a closure that ends before it starts
    [InlineData("timeZone: UTC\nhours: {}\nclosures:\n  - { from: 2026-11-03T00:00:00Z, to: 2026-11-02T00:00:00Z, reason: storm }\n", 4, "closures[0].to", "must be after 'from'")]
    // a closure without its reason
    [InlineData("timeZone: UTC\nhours: {}\nclosures:\n  - { from: 2026-11-02T00:00:00Z, to: 2026-11-03T00:00:00Z }\n", 4, "closures[0].reason", "is required")]
    // a local time where an instant is needed
    [InlineData("timeZone: UTC\nhours: {}\nclosures:\n  - { from: 2026-11-02T00:00:00, to: 2026-11-03T00:00:00Z, reason: storm }\n", 4, "closures[0].from", "with Z or an offset")]
    // a field the format does not have
    [InlineData("timeZone: UTC\nhours: {}\nholiday: [2026-12-25]\n", 3, "holiday", "did you mean 'holidays'?")]
    // the zone is required
    [InlineData("hours: {}\n", 1, "timeZone", "is required")]
    public void Parse_InvalidCalendar_NamesLineFieldAndProblem(string yaml, int line, string field, string message)
    {
        var parsed = CalendarFile.Parse(yaml, "team.yaml");

        Assert.False(parsed.IsValid);
        var error = Assert.Single(parsed.Errors, e => e.Field == field);
        Assert.Equal(line, error.Line);
        Assert.Equal("team.yaml", error.File);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOne()
    {
        const string yaml = "timeZone: Mars/Olympus\nhours:\n  monday: [\"25:00-26:00\"]\n  tusday: [\"09:00-17:00\"]\nholidays: [soon]\n";

        var parsed = CalendarFile.Parse(yaml, "team.yaml");

        Assert.Equal(["timeZone", "hours.monday[0]", "hours.tusday", "holidays[0]"], parsed.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Parse_NotYaml_SaysWhereItBroke()
    {
        var parsed = CalendarFile.Parse("timeZone: UTC\nhours: [unclosed\n", "team.yaml");

        Assert.Contains("not valid YAML", Assert.Single(parsed.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SpecExample_ReadsEverySection()
    {
        const string yaml = """
            timeZone: America/New_York
            hours:
              monday: ["09:00-12:00", "13:00-17:00"]
              tuesday: ["09:00-17:00"]
              friday: ["22:00-06:00"]
            holidays: [2026-12-25, 2027-01-01]
            closures:
              - { from: 2026-11-02T14:00:00Z, to: 2026-11-03T14:00:00Z, reason: "storm" }
            """;

        var calendar = CalendarFile.Parse(yaml, "spec.yaml").Value!;

        Assert.Equal("America/New_York", calendar.Zone.Id);
        Assert.Equal(["09:00-12:00", "13:00-17:00"], calendar.Hours.On(IsoDayOfWeek.Monday).Select(h => h.ToString()));
        Assert.True(calendar.Hours.On(IsoDayOfWeek.Friday)[0].EndsNextDay);
        Assert.Empty(calendar.Hours.On(IsoDayOfWeek.Sunday));
        Assert.Contains(new LocalDate(2027, 1, 1), calendar.Holidays);
        Assert.Equal("storm", Assert.Single(calendar.Closures).Reason);
    }
}
