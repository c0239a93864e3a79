using NodaTime;
using Pactum.Domain.Assignment;

namespace Pactum.Domain.Tests.Assignment;

public sealed class RepPickerRoundRobinTests
{
    private static readonly LocalDate November = new(2026, 11, 2);
    private static readonly LocalDate DBack = new(2026, 12, 1);

    [Fact]
    public void RoundRobin_RepAwayThenRepAddedThenRepBack_StaysWithinOneLeadOfFairAndNeverBursts()
    {
        var team = new TeamSimulation(AssignmentMethod.RoundRobin).With(Rep("A", 0), Rep("B", 1), Rep("C", 2), Rep("D", 3) with { AwayUntil = DBack });
        var fair = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["A"] = 0m, ["B"] = 0m, ["C"] = 0m, ["D"] = 0m, ["E"] = 0m };

        AssignPhase(team, fair, November, 30, ["A", "B", "C"]);
        team.With(Rep("E", 4));
        AssignPhase(team, fair, November.PlusDays(7), 40, ["A", "B", "C", "E"]);
        AssignPhase(team, fair, DBack, 25, ["A", "B", "C", "D", "E"]);

        Assert.Equal(95, team.Picks.Count);
        Assert.Equal([25m, 25m, 25m, 5m, 15m], fair.Values.Select(v => decimal.Round(v, 20)));
        Assert.All(fair, f => Assert.InRange(team.Taken(f.Key), f.Value - 1m, f.Value + 1m));
        Assert.DoesNotContain(team.Picks.Zip(team.Picks.Skip(1)), pair => pair.First == pair.Second);
    }

    [Fact]
    public void RoundRobin_RepBackFromAway_JoinsTheTurnWithTheirFirstLeadAndANote()
    {
        var team = new TeamSimulation(AssignmentMethod.RoundRobin).With(Rep("Maya Chen", 0), Rep("Luis Ortega", 1));
        team.Assign(November);
        team.Assign(November);
        team.Edit("Luis Ortega", r => r with { AwayUntil = new LocalDate(2026, 11, 30) });

        var whileAway = Enumerable.Range(0, 3).Select(_ => team.Assign(new LocalDate(2026, 11, 20))).ToList();
        var back = team.Assign(new LocalDate(2026, 11, 30));
        var then = team.Assign(new LocalDate(2026, 11, 30));
        var again = team.Assign(new LocalDate(2026, 11, 30));

        Assert.All(whileAway, c => Assert.Equal(("Maya Chen", "round-robin: next in turn (Luis Ortega is away until 2026-11-30)"), (c.RepId, c.Reason)));
        Assert.Equal(("Luis Ortega", "round-robin: next in turn (Luis Ortega was away until 2026-11-30)"), (back.RepId, back.Reason));
        Assert.Equal(("Maya Chen", "round-robin: next in turn"), (then.RepId, then.Reason));
        Assert.Equal(("Luis Ortega", "round-robin: next in turn"), (again.RepId, again.Reason));
    }

    [Fact]
    public void RoundRobin_RepAddedLate_TakesOneLeadThenWaitsTheirTurn()
    {
        var team = new TeamSimulation(AssignmentMethod.RoundRobin).With(Rep("A", 0), Rep("B", 1));
        for (var i = 0; i < 10; i++)
        {
            team.Assign(November);
        }

        team.With(Rep("New", -1)); // first on the team page, yet never given two leads in a row
        var first = team.Assign(November);
        for (var i = 0; i < 6; i++)
        {
            team.Assign(November);
        }

        Assert.Equal(("New", "round-robin: next in turn (New joins the turn)"), (first.RepId, first.Reason));
        Assert.Equal(["A", "B", "New", "A", "B", "New"], team.Picks.Skip(11));
    }

    [Fact]
    public void WeightedRoundRobin_Weights211Over40Leads_Gives20And10And10()
    {
        var team = new TeamSimulation(AssignmentMethod.WeightedRoundRobin).With(Rep("A", 0) with { Weight = 2m }, Rep("B", 1), Rep("C", 2));

        var first = team.Assign(November);
        for (var i = 1; i < 40; i++)
        {
            team.Assign(November);
        }

        Assert.Equal(("A", "weighted round-robin: next in turn (weight 2)"), (first.RepId, first.Reason));
        Assert.InRange(team.Taken("A"), 19, 21);
        Assert.InRange(team.Taken("B"), 9, 11);
        Assert.InRange(team.Taken("C"), 9, 11);
    }

    [Fact]
    public void WeightedRoundRobin_FractionalWeights_ShareInProportion()
    {
        var team = new TeamSimulation(AssignmentMethod.WeightedRoundRobin).With(Rep("A", 0) with { Weight = 1.5m }, Rep("B", 1) with { Weight = 0.5m });

        for (var i = 0; i < 40; i++)
        {
            team.Assign(November);
        }

        Assert.InRange(team.Taken("A"), 29, 31);
        Assert.InRange(team.Taken("B"), 9, 11);
    }

    [Fact]
    public void Pick_Reassignment_NeverPicksTheCurrentOwnerWhileAnotherRepIsAvailable()
    {
        var team = new TeamSimulation(AssignmentMethod.RoundRobin).With(Rep("A", 0), Rep("B", 1), Rep("C", 2), Rep("D", 3) with { AwayUntil = DBack });
        var random = new Random(20261102);

        for (var i = 0; i < 200; i++)
        {
            var owner = team.Standings[random.Next(team.Standings.Count)].Rep.Id;
            var choice = team.Assign(November, exclude: owner);

            Assert.NotNull(choice.RepId);
            Assert.NotEqual(owner, choice.RepId);
            Assert.NotEqual("D", choice.RepId);
        }
    }

    [Fact]
    public void Pick_ReassignmentWhenTheOwnerIsTheOnlyRepAvailable_PicksNobodyAndSaysWhy()
    {
        var team = new TeamSimulation(AssignmentMethod.RoundRobin).With(Rep("Maya Chen", 0), Rep("Luis Ortega", 1) with { AwayUntil = DBack });

        var choice = team.Assign(November, exclude: "Maya Chen");

        Assert.Null(choice.RepId);
        Assert.Null(choice.Turn);
        Assert.Equal("nobody else available: Maya Chen is the only rep available", choice.Reason);
    }

    [Fact]
    public void Pick_RemovedAndAwayReps_AreNeverPickedAndNobodyLeftSaysSo()
    {
        var team = new TeamSimulation(AssignmentMethod.RoundRobin).With(Rep("A", 0) with { Active = false }, Rep("B", 1) with { AwayUntil = DBack }, Rep("C", 2));

        var picks = Enumerable.Range(0, 5).Select(_ => team.Assign(November).RepId).ToList();
        team.Edit("C", r => r with { Active = false });
        var none = team.Assign(November);

        Assert.All(picks, id => Assert.Equal("C", id));
        Assert.Equal((null, "nobody available: every rep is away or off the team"), (none.RepId, none.Reason));
    }

    [Fact]
    public void Because_ACallersCause_GoesBeforeThePickersReason()
    {
        var choice = new TeamSimulation(AssignmentMethod.RoundRobin).With(Rep("Maya Chen", 0), Rep("Luis Ortega", 1)).Assign(November, exclude: "Maya Chen");

        Assert.Equal("reassigned: first touch missed by Maya Chen; round-robin: next in turn", choice.Because("reassigned: first touch missed by Maya Chen").Reason);
    }

    [Fact]
    public void Pick_ARepTwiceOrAWeightOfZero_IsABug()
    {
        var twice = new TeamSimulation(AssignmentMethod.RoundRobin).With(Rep("A", 0), Rep("A", 1));
        var zero = new TeamSimulation(AssignmentMethod.WeightedRoundRobin).With(Rep("A", 0) with { Weight = 0m });

        Assert.Contains("twice", Assert.Throws<ArgumentException>(() => twice.Assign(November)).Message, StringComparison.Ordinal);
        Assert.Contains("greater than 0", Assert.Throws<ArgumentException>(() => zero.Assign(November)).Message, StringComparison.Ordinal);
    }

    internal static SalesRep Rep(string id, int order) => new() { Id = id, Order = order };

    /// <summary>
    /// Assigns <paramref name="leads"/> on <paramref name="today"/>, adding each lead's fair share (1 ÷ reps available)
    /// to every available rep and checking after each lead that every rep is within one lead of it.
    /// </summary>
    private static void AssignPhase(TeamSimulation team, Dictionary<string, decimal> fair, LocalDate today, int leads, string[] available)
    {
        for (var i = 0; i < leads; i++)
        {
            var choice = team.Assign(today);
            Assert.Contains(choice.RepId, available);
            foreach (var id in available)
            {
                fair[id] += 1m / available.Length;
            }

            Assert.All(fair, f => Assert.InRange(team.Taken(f.Key), f.Value - 1m, f.Value + 1m));
        }
    }
}
