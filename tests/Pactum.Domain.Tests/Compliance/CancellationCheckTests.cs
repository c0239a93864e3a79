using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Compliance;

namespace Pactum.Domain.Tests.Compliance;

public sealed class CancellationCheckTests
{
    private static readonly Cancellation ThreeInARow = new() { Conditions = [new GoalsMissedInARow(3)] };

    private static GoalVerdict Month(int month, bool met, string goal = "qualified-leads")
    {
        var from = new LocalDate(2026, month, 1);
        return new GoalVerdict(goal, "marketing", from, from.PlusMonths(1).PlusDays(-1), GoalDirection.AtLeast, 100, met ? 100 : 80, met ? 100 : 80,
            met ? VerdictState.Met : VerdictState.Missed, (30, 30), [], []);
    }

    [Fact]
    public void NewlyHolding_TwoMissesThenThreeInARow_FlagsOnceOnTheThird()
    {
        // January and February missed, March met, then April, May, June and July missed.
        bool[] met = [false, false, true, false, false, false, false];
        var flaggedIn = new List<int>();
        var history = new List<GoalVerdict>();
        for (var i = 0; i < met.Length; i++)
        {
            var before = history.ToList();
            history.Add(Month(i + 1, met[i]));
            if (CancellationCheck.NewlyHolding(ThreeInARow, before, history).Count > 0)
            {
                flaggedIn.Add(i + 1);
            }
        }

        Assert.Equal([6], flaggedIn);
        Assert.Equal(6, history.Count(v => v.IsMiss)); // a strike for each miss
        var finding = Assert.Single(CancellationCheck.Holding(ThreeInARow, history));
        Assert.Equal([5, 6, 7], finding.Evidence.Select(v => v.From.Month));
        Assert.Equal("a goal missed 3 periods in a row: qualified-leads 2026-05-01–2026-05-31, qualified-leads 2026-06-01–2026-06-30, qualified-leads 2026-07-01–2026-07-31", finding.Describe());
    }

    [Fact]
    public void Holding_MissesOfDifferentGoals_AreNotInARow()
    {
        GoalVerdict[] verdicts = [Month(4, false, "a"), Month(5, false, "b"), Month(6, false, "a")];

        Assert.Empty(CancellationCheck.Holding(ThreeInARow, verdicts));
    }

    [Fact]
    public void Holding_StrikesWithinAQuarter_CountsTheLatestQuarterOnly()
    {
        var twoPerQuarter = new Cancellation { Conditions = [new StrikesWithin(2, EvaluationPeriod.Quarter)] };
        // One strike in March (Q1), one in April and one in June (Q2).
        GoalVerdict[] afterMay = [Month(3, false), Month(4, false), Month(5, true)];
        GoalVerdict[] afterJune = [.. afterMay, Month(6, false)];

        Assert.Empty(CancellationCheck.Holding(twoPerQuarter, afterMay));
        Assert.Equal([4, 6], Assert.Single(CancellationCheck.Holding(twoPerQuarter, afterJune)).Evidence.Select(v => v.From.Month));
    }
}
