using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Calendars;
using Pactum.Domain.Compliance;

namespace Pactum.Domain.Tests.Compliance;

public sealed class GoalJudgeTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly LocalDate First = new(2026, 10, 1);
    private static readonly LocalDate Last = new(2026, 10, 31);
    private static readonly Instant AfterOctober = Instant.FromUtc(2026, 11, 2, 14, 0);

    private static Goal Leads(decimal target) => new()
    {
        Id = "qualified-leads", Name = "Qualified leads", Owner = "marketing", Metric = "leads handed to sales", Target = target, Unit = "leads",
        Period = EvaluationPeriod.Month,
    };

    private static readonly Goal Speed = new()
    {
        Id = "first-touch", Name = "First touch", Owner = "sales", Metric = "minutes to the first attempt", Target = 60, Unit = "minutes",
        Period = EvaluationPeriod.Month, Direction = GoalDirection.AtMost,
    };

    private static IEnumerable<DayFigure> Daily(Func<int, decimal> perDay) => Enumerable.Range(1, 31).Select(d => new DayFigure(new LocalDate(2026, 10, d), perDay(d)));

    private static GoalVerdict Judge(Goal goal, IEnumerable<DayFigure> figures, Instant now, params Closure[] exclusions) =>
        GoalJudge.Judge(goal, goal.Unit == "leads" ? GoalMeasure.Total : GoalMeasure.Average, First, Last, NewYork, figures, exclusions, now);

    [Theory]
    [InlineData(4, 124, VerdictState.Met)]    // 4 a day for 31 days
    [InlineData(3, 93, VerdictState.Missed)]
    public void Judge_AfterTheMonth_IsMetOrMissed(int perDay, int actual, VerdictState state)
    {
        var verdict = Judge(Leads(100), Daily(_ => perDay), AfterOctober);

        Assert.Equal((100m, (decimal?)actual, (decimal?)actual, state), (verdict.Target, verdict.Actual, verdict.Forecast, verdict.State));
        Assert.True(verdict.IsMiss == (state == VerdictState.Missed));
    }

    [Theory]
    [InlineData(3, 54, 93, VerdictState.AtRisk)]   // 18 days at 3: 54 × 31 ÷ 18 = 93
    [InlineData(4, 72, 124, VerdictState.OnTrack)]
    public void Judge_OnDay18_ForecastsFromThePace(int perDay, int actual, int forecast, VerdictState state)
    {
        // 18 October 12:00 in New York: days 1–18 have started; the figures of later days are not there yet.
        var verdict = Judge(Leads(100), Daily(d => d <= 18 ? perDay : 0), Instant.FromUtc(2026, 10, 18, 16, 0));

        Assert.Equal(((decimal?)actual, (decimal?)forecast, state, (18, 31)), (verdict.Actual, verdict.Forecast, verdict.State, verdict.DaysJudged));
    }

    [Fact]
    public void Judge_AnExclusionWindow_RemovesItsDaysFromTheVerdict()
    {
        // A storm from 10 to 13 October (New York) stops the team: 3 a day on the other 28 days = 84 of 93.
        var figures = Daily(d => d is >= 10 and <= 12 ? 0 : 3).ToList();
        var storm = new Closure(Instant.FromUtc(2026, 10, 10, 4, 0), Instant.FromUtc(2026, 10, 13, 4, 0), "storm");

        var without = Judge(Leads(93), figures, AfterOctober);
        var with = Judge(Leads(93), figures, AfterOctober, storm);

        Assert.Equal(VerdictState.Missed, without.State);
        Assert.Equal((84m, (decimal?)84m, VerdictState.Met), (with.Target, with.Actual, with.State)); // 93 × 28 ÷ 31 = 84
        Assert.Equal([new LocalDate(2026, 10, 10), new LocalDate(2026, 10, 11), new LocalDate(2026, 10, 12)], with.ExcludedDays);
        Assert.Equal("storm", Assert.Single(with.Exclusions).Reason);
    }

    [Fact]
    public void Judge_AWindowCoveringTheWholeMonth_LeavesNothingToJudge()
    {
        var everything = new Closure(Instant.FromUtc(2026, 9, 30, 0, 0), Instant.FromUtc(2026, 11, 2, 0, 0), "office closed");

        Assert.Equal(VerdictState.Excluded, Judge(Leads(100), Daily(_ => 1), AfterOctober, everything).State);
    }

    [Fact]
    public void Judge_AnAverageCeiling_IsMetAtTheTargetAndMissedAboveIt()
    {
        // Day 1: 2 leads, 100 minutes; day 2: 2 leads, 140 minutes: 240 ÷ 4 = 60. Day 3 adds 200 minutes for 2: 440 ÷ 6.
        DayFigure[] two = [new(First, 100, 2), new(First.PlusDays(1), 140, 2)];

        var met = Judge(Speed, two, AfterOctober);
        var missed = Judge(Speed, [.. two, new(First.PlusDays(2), 200, 2)], AfterOctober);
        var nothing = Judge(Speed, [], AfterOctober);

        Assert.Equal(((decimal?)60m, VerdictState.Met), (met.Actual, met.State));
        Assert.Equal(((decimal?)73.33m, VerdictState.Missed), (missed.Actual, missed.State));
        Assert.Equal(((decimal?)null, VerdictState.Met), (nothing.Actual, nothing.State)); // nobody waited
        Assert.Equal(60m, met.Target); // an average's target is not scaled
    }
}
