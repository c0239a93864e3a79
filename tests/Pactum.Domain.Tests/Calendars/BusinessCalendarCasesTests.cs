using Pactum.Domain.Calendars;
using Pactum.Domain.Time;

namespace Pactum.Domain.Tests.Calendars;

/// <summary>Every shared business-clock case passes through the library (the CLI tests run them through `pactum clock`).</summary>
public sealed class BusinessCalendarCasesTests
{
    [Theory]
    [MemberData(nameof(BusinessClockCases.DueNames), MemberType = typeof(BusinessClockCases))]
    public void Due_SharedCase_MatchesBruteForce(string name)
    {
        var @case = BusinessClockCases.Named(name);
        var calendar = Calendar(@case);
        Assert.True(InstantText.TryParse(@case.Start, out var start, out _));
        Assert.True(BusinessMinutes.TryToDuration(@case.Minutes!.Value, out var minutes, out _));

        var due = calendar.Due(start, minutes);

        Assert.Equal(@case.Due, due.IsReachable ? InstantText.Format(due.Instant) : "unreachable");
    }

    [Theory]
    [MemberData(nameof(BusinessClockCases.ElapsedNames), MemberType = typeof(BusinessClockCases))]
    public void Elapsed_SharedCase_MatchesBruteForce(string name)
    {
        var @case = BusinessClockCases.Named(name);
        var calendar = Calendar(@case);
        Assert.True(InstantText.TryParse(@case.From, out var from, out _));
        Assert.True(InstantText.TryParse(@case.To, out var to, out _));

        var elapsed = calendar.Elapsed(from, to);

        Assert.Equal(@case.ElapsedMinutes, BusinessMinutes.FromDuration(elapsed));
    }

    [Fact]
    public void Cases_AllLoaded_BothKindsPresent()
    {
        Assert.True(BusinessClockCases.Cases.Count >= 30);
        Assert.All(BusinessClockCases.Cases, c => Assert.True(c.Minutes is not null ^ c.ElapsedMinutes is not null, c.Name));
    }

    private static BusinessCalendar Calendar(BusinessClockCase @case)
    {
        var parsed = CalendarFile.Parse(@case.CalendarYaml(), @case.Name);
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        return parsed.Value!;
    }
}
