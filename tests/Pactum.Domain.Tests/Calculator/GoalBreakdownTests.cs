using Pactum.Domain.Calculator;

namespace Pactum.Domain.Tests.Calculator;

/// <summary>Goals by month, quarter and year, and the daily goal line (SPEC G2).</summary>
public sealed class GoalBreakdownTests
{
    [Theory]
    [InlineData(GoalPeriod.Month, 5000, 5000, 15000, 60000, 100, 300, 1200)] // Company X's monthly quota
    [InlineData(GoalPeriod.Quarter, 15000, 5000, 15000, 60000, 100, 300, 1200)] // the same quota set per quarter
    [InlineData(GoalPeriod.Year, 60000, 5000, 15000, 60000, 100, 300, 1200)] // the same quota set per year
    public void Of_QuotaForAPeriod_ScalesToEachPeriod(GoalPeriod period, double quota, double month, double quarter, double year, long monthLeads, long quarterLeads, long yearLeads)
    {
        var goals = GoalBreakdown.Of(new((decimal)quota, 1m, 100m, 0.5m), period);

        Assert.Equal([GoalPeriod.Month, GoalPeriod.Quarter, GoalPeriod.Year], goals.Select(g => g.Period));
        Assert.Equal([(decimal)month, (decimal)quarter, (decimal)year], goals.Select(g => g.Goal.RevenueGoal));
        Assert.Equal([monthLeads, quarterLeads, yearLeads], goals.Select(g => g.Goal.LeadsNeeded));
    }

    [Fact]
    public void Of_YearlyQuotaNotDivisibleByTwelve_RoundsEachPeriodOnItsOwn()
    {
        // 100,000 a year: 8,333.33… a month → 84 customers a month, but the quarter's 25,000 needs only 250, not 252.
        var goals = GoalBreakdown.Of(new(100_000m, 1m, 100m, 1m), GoalPeriod.Year);

        Assert.Equal([84L, 250L, 1000L], goals.Select(g => g.Goal.CustomersNeeded));
        Assert.Equal(25_000m, goals[1].Goal.RevenueGoal);
    }

    [Fact]
    public void Of_InvalidInputs_Throws()
    {
        Assert.Throws<ArgumentException>(() => GoalBreakdown.Of(new(5000m, 1m, 100m, 0m), GoalPeriod.Month));
    }

    [Theory]
    [InlineData(100, 31, "3.2258064516129032258064516129")] // 100 leads over a 31-day month
    [InlineData(100, 30, "3.3333333333333333333333333333")] // over a 30-day month
    [InlineData(56, 28, "2")] // February divides evenly
    [InlineData(7, 1, "7")] // a one-day "month" is the whole goal
    public void DailyGoal_MonthlyGoal_IsGoalOverDays(int goal, int days, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), GoalBreakdown.DailyGoal(goal, days));
    }

    [Theory]
    [InlineData(1, "3.2258064516129032258064516129")] // day 1 is one day's share
    [InlineData(15, "48.387096774193548387096774194")] // mid-month: 15 × 100 ÷ 31
    [InlineData(31, "100")] // the last day is exactly the goal
    public void CumulativeGoal_DayOfA31DayMonth_IsKTimesGoalOverDays(int day, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), GoalBreakdown.CumulativeGoal(100m, 31, day));
    }

    [Fact]
    public void CumulativeLine_31Days_RisesEachDayToExactlyTheGoal()
    {
        var line = GoalBreakdown.CumulativeLine(100m, 31);

        Assert.Equal(31, line.Count);
        Assert.Equal(GoalBreakdown.CumulativeGoal(100m, 31, 1), line[0]);
        Assert.Equal(100m, line[^1]);
        Assert.True(line.Zip(line.Skip(1)).All(pair => pair.First < pair.Second));
    }

    [Theory]
    [InlineData(100, 0, 1)] // no days in the month
    [InlineData(100, 31, 0)] // day 0 does not exist
    [InlineData(100, 31, 32)] // nor day 32
    [InlineData(-1, 31, 1)] // a negative goal is a bug
    public void CumulativeGoal_OutOfRange_Throws(int goal, int days, int day)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GoalBreakdown.CumulativeGoal(goal, days, day));
    }

    [Fact]
    public void DailyGoal_NoDays_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GoalBreakdown.DailyGoal(100m, 0));
    }
}
