using NodaTime;
using Pactum.Domain.Calendars;
using Pactum.Domain.Clocks;
using Pactum.Domain.Leads;
using static Pactum.Domain.Leads.LeadEventType;

namespace Pactum.Domain.Tests.Clocks;

/// <summary>
/// Clocks on a New York calendar open Monday to Friday 09:00–17:00 (UTC−4 in October 2026), with a storm closure on
/// Tuesday 6 October 14:00–16:00 local. Hand-offs are on Monday 5 October 2026 at 10:00 local (14:00 UTC).
/// </summary>
public sealed class ClockProjectionTests
{
    internal static readonly BusinessCalendar Calendar = CalendarFile.Parse(
        """
        timeZone: America/New_York
        hours: { monday: ["09:00-17:00"], tuesday: ["09:00-17:00"], wednesday: ["09:00-17:00"], thursday: ["09:00-17:00"], friday: ["09:00-17:00"] }
        closures:
          - { from: 2026-10-06T18:00:00Z, to: 2026-10-06T20:00:00Z, reason: storm }
        """, "ny.yaml").Value!;

    private static readonly ClockDefinition FirstTouch = ClockDefinition.Of("first-touch", "First touch", "sales", ClockKind.FirstTouch, ClockGoal.Minutes(60));

    [Theory]
    [InlineData("10:30", ClockState.Met)] // half an hour after the hand-off
    [InlineData("11:00", ClockState.Met)] // exactly at the deadline: met
    [InlineData("11:01", ClockState.MetLate)] // a minute late
    public void FirstTouch_StoppedByAnAttempt_IsMetOrMetLate(string attemptAt, ClockState expected)
    {
        var run = Single(FirstTouch, [Handoff(), E("a", Attempt, Local(5, attemptAt))], Local(6, "12:00"));

        Assert.Equal(expected, run.State);
        Assert.Equal(Local(5, "11:00"), run.Due);
        Assert.Equal(Local(5, "10:45"), run.WarnAt);
    }

    [Theory]
    [InlineData("10:44", ClockState.Running)] // below the warning share
    [InlineData("10:45", ClockState.Warning)] // 75% of the hour used
    [InlineData("11:00", ClockState.Breached)] // the deadline has come without an attempt
    public void FirstTouch_NoAttemptYet_RunsWarnsThenBreaches(string now, ClockState expected)
    {
        Assert.Equal(expected, Single(FirstTouch, [Handoff()], Local(5, now)).State);
    }

    [Fact]
    public void FirstTouch_MetLate_RecordsTheWarningAndTheBreachAtTheirInstants()
    {
        var run = Single(FirstTouch, [Handoff(), E("a", Attempt, Local(5, "13:00"))], Local(6, "12:00"));

        Assert.Equal(
            [(Local(5, "10:00"), ClockState.Running), (Local(5, "10:45"), ClockState.Warning), (Local(5, "11:00"), ClockState.Breached), (Local(5, "13:00"), ClockState.MetLate)],
            run.History.Select(c => (c.At, c.State)));
        Assert.Equal(Duration.FromHours(3), run.Elapsed);
    }

    [Fact]
    public void FirstTouch_HandOffAfterHours_StartsCountingAtTheNextOpening()
    {
        var run = Single(FirstTouch, [E("h", HandedOff, Local(5, "18:30"))], Local(6, "09:30"));

        Assert.Equal(Local(6, "10:00"), run.Due);
        Assert.Equal(ClockState.Running, run.State);
    }

    [Fact]
    public void FirstTouch_AcrossTheStormClosure_IsDueLaterByTheClosedTime()
    {
        // Handed off Tuesday 13:30: 30 minutes before the storm, 30 after it.
        var run = Single(FirstTouch, [E("h", HandedOff, Local(6, "13:30")), E("a", Attempt, Local(6, "16:20"))], Local(7, "12:00"));

        Assert.Equal(Local(6, "16:30"), run.Due);
        Assert.Equal(ClockState.Met, run.State);
    }

    [Fact]
    public void Custom_PauseAndResumeEvents_PushTheDeadlineByThePausedBusinessTime()
    {
        // Waiting on the customer: a nurture enrolment pauses the clock, a new MQL event resumes it.
        var clock = new ClockDefinition
        {
            Id = "qualify", Name = "Qualify", Party = "sales", Kind = ClockKind.Custom, Goal = ClockGoal.Minutes(120),
            Start = new HashSet<LeadEventType> { HandedOff }, Stop = new HashSet<LeadEventType> { Qualified },
            Pause = new HashSet<LeadEventType> { Nurtured }, Resume = new HashSet<LeadEventType> { Mql },
        };

        var paused = Single(clock, [Handoff(), E("p", Nurtured, Local(5, "11:00"))], Local(5, "15:00"));
        var resumed = Single(clock, [Handoff(), E("p", Nurtured, Local(5, "11:00")), E("r", Mql, Local(5, "14:00")), E("q", Qualified, Local(5, "14:50"))], Local(5, "16:00"));

        Assert.Equal((ClockState.Paused, null), (paused.State, paused.Due));
        Assert.Equal(Duration.FromHours(4), paused.PausedFor);
        Assert.Equal((ClockState.Met, Local(5, "15:00")), (resumed.State, resumed.Due));
        Assert.Equal(Duration.FromMinutes(110), resumed.Elapsed);
    }

    [Fact]
    public void AcceptOrReject_OnACalendarThatNeverOpens_IsUnreachable()
    {
        var closed = CalendarFile.Parse("timeZone: UTC\nhours: {}\n", "closed.yaml").Value!;
        var clock = ClockDefinition.Of("accept", "Accept or reject", "sales", ClockKind.AcceptOrReject, ClockGoal.Minutes(480));

        var run = Assert.Single(ClockProjection.Of(clock, closed, 1, "L1", [Handoff()], Local(9, "12:00")));

        Assert.Equal((ClockState.Unreachable, null), (run.State, run.Due));
    }

    [Fact]
    public void AcceptOrReject_LeadDisqualifiedFirst_IsCancelled()
    {
        var clock = ClockDefinition.Of("accept", "Accept or reject", "sales", ClockKind.AcceptOrReject, ClockGoal.Minutes(480));

        var run = Single(clock, [Handoff(), E("d", Disqualified, Local(5, "12:00"))], Local(9, "12:00"));

        Assert.Equal(ClockState.Cancelled, run.State);
    }

    [Fact]
    public void Attempts_SixWithinFiveBusinessDays_CountsOnlyAttemptsAfterTheMinimumGap()
    {
        // Five business days from Monday 10:00 end on Friday at 17:00, and the storm took two open hours on Tuesday:
        // due Monday 12 October at 11:00. Two of the attempts come too close to the one before.
        var clock = ClockDefinition.Of("attempts", "Six attempts", "sales", ClockKind.Attempts, ClockGoal.Days(5)) with { Attempts = 6, MinimumGap = Duration.FromHours(2) };
        LeadEvent[] attempts =
        [
            E("a1", Attempt, Local(5, "10:30")), E("a2", Attempt, Local(5, "11:00")), E("a3", Attempt, Local(5, "13:00")),
            E("a4", Attempt, Local(6, "10:00")), E("a5", Attempt, Local(7, "10:00")), E("a6", Attempt, Local(8, "10:00")),
            E("a7", Attempt, Local(8, "10:30")), E("a8", Attempt, Local(9, "16:00")),
        ];

        var run = Single(clock, [Handoff(), .. attempts], Local(12, "12:00"));

        Assert.Equal(Local(12, "11:00"), run.Due);
        Assert.Equal((ClockState.Met, Local(9, "16:00")), (run.State, run.StoppedAt));
    }

    [Fact]
    public void Attempts_TooFewByTheDeadline_AreBreached()
    {
        var clock = ClockDefinition.Of("attempts", "Six attempts", "sales", ClockKind.Attempts, ClockGoal.Days(5)) with { Attempts = 6 };

        var run = Single(clock, [Handoff(), E("a1", Attempt, Local(5, "10:30"))], Local(12, "11:00"));

        Assert.Equal(ClockState.Breached, run.State);
    }

    [Fact]
    public void LateEvent_MovesTheVerdict()
    {
        // The clock breached at 11:00; then the CRM delivers an attempt made at 10:50.
        var before = Single(FirstTouch, [Handoff()], Local(5, "12:00"));
        var after = Single(FirstTouch, [Handoff(), E("late", Attempt, Local(5, "10:50"))], Local(5, "12:00"));

        Assert.Equal((ClockState.Breached, ClockState.Met), (before.State, after.State));
    }

    [Fact]
    public void RecycledAndHandedOffAgain_StartsASecondRunAndKeepsTheFirst()
    {
        var runs = ClockProjection.Of(FirstTouch, Calendar, 3, "L1",
        [
            Handoff(), E("a", Attempt, Local(5, "13:00")), E("r", Recycled, Local(6, "10:00")), E("h2", HandedOff, Local(8, "10:00")),
        ], Local(8, "10:30"));

        Assert.Equal([(1, ClockState.MetLate), (2, ClockState.Running)], runs.Select(r => (r.Run, r.State)));
        Assert.All(runs, r => Assert.Equal((3, "America/New_York"), (r.AgreementVersion, r.CalendarZone)));
    }

    [Fact]
    public void EventsAfterNow_AreNotYetFacts()
    {
        var run = Single(FirstTouch, [Handoff(), E("a", Attempt, Local(5, "10:30"))], Local(5, "10:20"));

        Assert.Equal(ClockState.Running, run.State);
    }

    [Theory]
    [InlineData("60 minutes", "60 minutes")] // minutes
    [InlineData("1 hour", "1 hours")] // a singular unit
    [InlineData("5 Business Days", "5 business days")] // business days, any case
    public void Goal_TryParse_ReadsTheUnits(string text, string expected)
    {
        Assert.True(ClockGoal.TryParse(text, out var goal, out _));
        Assert.Equal(expected, goal!.Text);
    }

    [Theory]
    [InlineData("an hour")] // words
    [InlineData("0 minutes")] // nothing allowed
    [InlineData("90 seconds")] // an unknown unit
    public void Goal_TryParse_RefusesWithAnExample(string text)
    {
        Assert.False(ClockGoal.TryParse(text, out _, out var error));
        Assert.Contains("e.g. 60 minutes", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, "10:00", 1, 7)] // the start's own day counts when it starts before the close
    [InlineData(5, "10:00", 5, 39)] // Monday 10:00 to Friday 17:00
    [InlineData(5, "18:00", 1, 8)] // after the close, the next day is the first
    [InlineData(9, "12:00", 2, 13)] // Friday noon to Monday 17:00, over the weekend
    public void Goal_BusinessDays_AreOpenTimeToTheCloseOfTheLastDay(int day, string time, int days, int hours)
    {
        var plain = new BusinessCalendar(Calendar.Zone, Calendar.Hours, Calendar.Holidays, []);

        Assert.Equal(Duration.FromHours(hours), ClockGoal.Days(days).From(plain, Local(day, time)));
    }

    [Fact]
    public void Goal_BusinessDays_StartingDuringAnOvernightShift_CountThatShiftsDay()
    {
        // Friday's shift runs 22:00–06:00 into Saturday; a clock started Saturday at 02:00 has four hours of that day.
        var overnight = CalendarFile.Parse("timeZone: UTC\nhours: { friday: [\"22:00-06:00\"] }\n", "night.yaml").Value!;

        Assert.Equal(Duration.FromHours(4), ClockGoal.Days(1).From(overnight, Instant.FromUtc(2026, 10, 10, 2, 0)));
        Assert.Equal(Duration.FromHours(12), ClockGoal.Days(2).From(overnight, Instant.FromUtc(2026, 10, 10, 2, 0)));
    }

    private static ClockRun Single(ClockDefinition clock, IEnumerable<LeadEvent> events, Instant now) =>
        Assert.Single(ClockProjection.Of(clock, Calendar, 1, "L1", events, now));

    private static LeadEvent Handoff() => E("h", HandedOff, Local(5, "10:00"));

    private static LeadEvent E(string id, LeadEventType type, Instant at) => new() { EventId = id, LeadId = "L1", Type = type, OccurredAt = at };

    /// <summary>A local New York time on a day of October 2026 (EDT, UTC−4).</summary>
    internal static Instant Local(int day, string time) =>
        new LocalDateTime(2026, 10, day, int.Parse(time[..2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(time[3..], System.Globalization.CultureInfo.InvariantCulture))
            .InZoneStrictly(DateTimeZoneProviders.Tzdb["America/New_York"]).ToInstant();
}
