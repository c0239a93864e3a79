using NodaTime;
using Pactum.Domain.Calendars;

namespace Pactum.Domain.Tests.Calendars;

/// <summary>The semantics DESIGN.md pins, each on a New York 09:00–17:00 weekday calendar unless it says otherwise.</summary>
public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar NewYork = CalendarFile.Parse(
        """
        timeZone: America/New_York
        hours: { monday: ["09:00-17:00"], tuesday: ["09:00-17:00"], wednesday: ["09:00-17:00"], thursday: ["09:00-17:00"], friday: ["09:00-17:00"] }
        holidays: [2026-11-26]
        """,
        "ny.yaml").Value!;

    [Fact]
    public void Due_UsesUpTheInterval_LandsAtItsEnd()
    {
        // Mon 16:00 + 60 min → Mon 17:00, not Tue 09:00.
        var due = NewYork.Due(Local(2026, 11, 2, 16, 0), Duration.FromMinutes(60));

        Assert.Equal(Local(2026, 11, 2, 17, 0), due.Instant);
    }

    [Fact]
    public void Due_StartOnSaturday_CountsFromMondayOpening()
    {
        // Sat 14:00 + 60 min → Mon 10:00.
        var due = NewYork.Due(Local(2026, 11, 7, 14, 0), Duration.FromMinutes(60));

        Assert.Equal(Local(2026, 11, 9, 10, 0), due.Instant);
    }

    [Fact]
    public void Due_OverThanksgiving_SkipsTheHoliday()
    {
        // Wed 16:30 + 60 min: 30 on Wednesday, Thursday is a holiday, 30 on Friday.
        var due = NewYork.Due(Local(2026, 11, 25, 16, 30), Duration.FromMinutes(60));

        Assert.Equal(Local(2026, 11, 27, 9, 30), due.Instant);
    }

    [Fact]
    public void Due_AYearOfBusinessTime_CrossesYearsAndDaylightSaving()
    {
        // 2,000 working hours from the start of 2027 land within a few weeks of the year's end.
        var start = Local(2027, 1, 1, 0, 0);

        var due = NewYork.Due(start, Duration.FromHours(2000));

        Assert.Equal(Duration.FromHours(2000), NewYork.Elapsed(start, due.Instant));
        Assert.InRange(due.Instant.InZone(NewYork.Zone).Date, new LocalDate(2027, 12, 1), new LocalDate(2027, 12, 31));
    }

    [Fact]
    public void Due_NeverOpen_IsUnreachable()
    {
        var closed = CalendarFile.Parse("timeZone: UTC\nhours: {}\n", "closed.yaml").Value!;

        var due = closed.Due(Instant.FromUtc(2026, 1, 1, 0, 0), Duration.FromMinutes(1));

        Assert.False(due.IsReachable);
        Assert.Equal("unreachable", due.ToString());
        Assert.Throws<InvalidOperationException>(() => due.Instant);
    }

    [Fact]
    public void Due_ClosedForGoodByAClosure_IsUnreachable()
    {
        // A closure to the end of the supported years leaves no open time to find.
        var calendar = CalendarFile.Parse(
            "timeZone: UTC\nhours: { monday: [\"09:00-17:00\"] }\nclosures: [{ from: 2026-01-01T00:00:00Z, to: 2199-12-31T23:59:59Z, reason: closed }]\n",
            "gone.yaml").Value!;

        Assert.False(calendar.Due(Instant.FromUtc(2026, 6, 1, 0, 0), Duration.FromMinutes(1)).IsReachable);
    }

    [Fact]
    public void Elapsed_SpringForwardInsideOpenHours_CountsRealTime()
    {
        // A 24/7 calendar in New York: Sun 8 March 2026 00:00–04:00 local is only 3 real hours.
        var always = CalendarFile.Parse(
            "timeZone: America/New_York\nhours: { sunday: [\"00:00-24:00\"] }\n", "always.yaml").Value!;

        var elapsed = always.Elapsed(Local(2026, 3, 8, 0, 0, always), Local(2026, 3, 8, 4, 0, always));

        Assert.Equal(Duration.FromHours(3), elapsed);
    }

    private static Instant Local(int year, int month, int day, int hour, int minute, BusinessCalendar? calendar = null) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneLeniently((calendar ?? NewYork).Zone).ToInstant();
}
