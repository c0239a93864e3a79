using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Domain.Scoring;
using static Pactum.Domain.Leads.LeadEventType;
using static Pactum.Domain.Tests.Clocks.ClockProjectionTests;
using static Pactum.Domain.Tests.Leads.LeadEventsFixture;

namespace Pactum.Domain.Tests.Assignment;

/// <summary>
/// Recycling on the clocks' New York calendar: Monday to Friday 09:00–17:00, with a storm closing Tuesday 6 October
/// 14:00–16:00 local. Leads are handed off on Monday 5 October 2026 at 10:00 local; days are of October 2026.
/// </summary>
public sealed class RecycleCheckTests
{
    private static readonly RecycleRules Rules = new() { AfterAttempts = 6, AttemptsTrack = "awareness", AfterBusinessDays = 10, DaysTrack = "consideration" };

    private static readonly Instant Later = Local(30, "12:00");

    [Fact]
    public void Due_SixAttemptsWithoutAConnection_IsDueAtTheSixthWithItsTrack()
    {
        var lead = Lead([HandOff(5), .. Attempts(5, 6)]);

        var due = RecycleCheck.Due(Rules, lead, Calendar, Local(7, "12:00"));

        Assert.Equal(new RecycleDue(Local(5, "16:00"), "6 attempts without a connection", "awareness", RecycleCause.Attempts), due);
    }

    [Fact]
    public void Due_BeforeTheSixthAttempt_IsNotDue()
    {
        var lead = Lead([HandOff(5), .. Attempts(5, 6)]);

        Assert.Null(RecycleCheck.Due(Rules, lead, Calendar, Local(5, "15:59")));
        Assert.Null(RecycleCheck.Due(Rules, Lead([HandOff(5), .. Attempts(5, 5)]), Calendar, Local(7, "12:00")));
    }

    [Theory]
    [InlineData(Connected)]
    [InlineData(Qualified)]
    [InlineData(Unqualifiable)]
    [InlineData(Disqualified)]
    [InlineData(Rejected)]
    [InlineData(Recycled)]
    [InlineData(Nurtured)]
    [InlineData(DealLost)]
    public void Due_ConnectedOrEndedAfterTheHandOff_IsNeverDue(LeadEventType ending)
    {
        // Three attempts, the event, three more: six attempts, and weeks past ten business days.
        var lead = Lead([HandOff(5), .. Attempts(5, 3), E("end", ending, Local(6, "09:30")), .. Attempts(7, 3)]);

        Assert.Null(RecycleCheck.Due(Rules, lead, Calendar, Later));
    }

    [Fact]
    public void Due_TenBusinessDays_AreDueAtTheCloseOfTheTenthDayPushedByTheStorm()
    {
        // Monday 10:00 to Friday 16 October 17:00 is 79 open hours; the storm took two, so they end Monday 19 at 11:00.
        var lead = Lead([HandOff(5), .. Attempts(5, 2)]);

        Assert.Null(RecycleCheck.Due(Rules, lead, Calendar, Local(19, "10:59")));
        Assert.Equal(new RecycleDue(Local(19, "11:00"), "10 business days without a connection", "consideration", RecycleCause.BusinessDays), RecycleCheck.Due(Rules, lead, Calendar, Local(19, "11:00")));
    }

    [Fact]
    public void Due_WithoutACalendar_LeavesTheDaysRuleOut()
    {
        var fewAttempts = Lead([HandOff(5), .. Attempts(5, 2)]);
        var sixAttempts = Lead([HandOff(5), .. Attempts(5, 2), .. Attempts(26, 4)]);

        Assert.Null(RecycleCheck.Due(Rules, fewAttempts, null, Later));
        Assert.Equal(RecycleCause.Attempts, RecycleCheck.Due(Rules, sixAttempts, null, Later)?.Cause);
    }

    [Fact]
    public void Due_BothRulesMet_TheEarlierWins()
    {
        // The sixth attempt on Tuesday 20 comes after the tenth business day; on Thursday 8 it comes before.
        var daysFirst = Lead([HandOff(5), .. Attempts(5, 2), .. Attempts(20, 4)]);
        var attemptsFirst = Lead([HandOff(5), .. Attempts(5, 2), .. Attempts(8, 4)]);

        Assert.Equal((RecycleCause.BusinessDays, Local(19, "11:00")), Cause(RecycleCheck.Due(Rules, daysFirst, Calendar, Later)));
        Assert.Equal((RecycleCause.Attempts, Local(8, "14:00")), Cause(RecycleCheck.Due(Rules, attemptsFirst, Calendar, Later)));
    }

    [Fact]
    public void Due_RecycledThenHandedOffAgain_StartsANewCount()
    {
        // Six attempts before the recycle; handed off again on Monday 12 with two more, then four more on Tuesday 13.
        LeadEvent[] again = [HandOff(5), .. Attempts(5, 6), E("r", Recycled, Local(6, "10:00"), track: "awareness"), E("h2", HandedOff, Local(12, "10:00")), .. Attempts(12, 2)];
        var twoSince = Lead(again);
        var sixSince = Lead([.. again, .. Attempts(13, 4)]);

        Assert.Null(RecycleCheck.Due(Rules, twoSince, Calendar, Local(13, "09:00")));
        Assert.Equal((RecycleCause.Attempts, Local(13, "14:00")), Cause(RecycleCheck.Due(Rules, sixSince, Calendar, Local(13, "17:00"))));
        Assert.Equal((RecycleCause.BusinessDays, Local(23, "17:00")), Cause(RecycleCheck.Due(Rules, twoSince, Calendar, Later)));
    }

    [Fact]
    public void Due_NeverHandedOffOrNoRules_IsNeverDue()
    {
        var created = Lead([E("c", LeadCreated, Local(5, "09:00"))]);
        var worked = Lead([HandOff(5), .. Attempts(5, 6)]);

        Assert.Null(RecycleCheck.Due(Rules, created, Calendar, Later));
        Assert.Null(RecycleCheck.Due(new RecycleRules(), worked, Calendar, Later));
    }

    private static Lead Lead(IEnumerable<LeadEvent> events) => LeadProjection.Project("L1", events);

    private static LeadEvent HandOff(int day) => E($"h{day}", HandedOff, Local(day, "10:00"));

    /// <summary><paramref name="count"/> attempts on a day of October, hourly from 11:00.</summary>
    private static IEnumerable<LeadEvent> Attempts(int day, int count) =>
        Enumerable.Range(0, count).Select(i => E($"a{day}-{i}", Attempt, Local(day, $"{11 + i}:00")));

    private static (RecycleCause, Instant)? Cause(RecycleDue? due) => due is null ? null : (due.Cause, due.At);
}
