using NodaTime;
using Pactum.Domain.Assignment;
using static Pactum.Domain.Tests.Assignment.RepPickerRoundRobinTests;

namespace Pactum.Domain.Tests.Assignment;

public sealed class RepPickerCapacityTests
{
    private static readonly LocalDate Today = new(2026, 11, 2);

    [Fact]
    public void Capacity_RandomAssignmentsAndClosures_NeverFillsARepPastCapacityWhileAnotherHasRoom()
    {
        // A has 3, B 5, C the default 4, D 2; E is away. Leads arrive a little faster than they close, so the team fills.
        var team = new TeamSimulation(AssignmentMethod.Capacity, defaultCapacity: 4)
            .With(Rep("A", 0) with { Capacity = 3 }, Rep("B", 1) with { Capacity = 5 }, Rep("C", 2), Rep("D", 3) with { Capacity = 2 }, Rep("E", 4) with { Capacity = 9, AwayUntil = Today.PlusDays(1) });
        var capacity = new Dictionary<string, int>(StringComparer.Ordinal) { ["A"] = 3, ["B"] = 5, ["C"] = 4, ["D"] = 2 };
        var random = new Random(7);
        var (withRoom, full) = (0, 0);

        for (var step = 0; step < 500; step++)
        {
            if (random.NextDouble() < 0.45)
            {
                var open = capacity.Keys.Where(id => team.Open(id) > 0).ToList();
                if (open.Count > 0)
                {
                    var id = open[random.Next(open.Count)];
                    team.SetOpen(id, team.Open(id) - 1);
                }

                continue;
            }

            var room = capacity.Where(c => team.Open(c.Key) < c.Value).ToDictionary(c => c.Key, c => (decimal)team.Open(c.Key) / c.Value);
            var choice = team.Assign(Today);
            var picked = choice.RepId!;

            Assert.NotEqual("E", picked);
            if (room.Count > 0)
            {
                withRoom++;
                Assert.True(room.ContainsKey(picked), $"step {step}: {picked} was full while {string.Join(", ", room.Keys)} had room");
                Assert.Equal(room.Values.Min(), room[picked]);
                Assert.StartsWith("capacity: fewest open leads for capacity — ", choice.Reason, StringComparison.Ordinal);
                Assert.True(team.Open(picked) <= capacity[picked]);
            }
            else
            {
                full++;
                Assert.StartsWith("over capacity: every available rep is full — ", choice.Reason, StringComparison.Ordinal);
            }
        }

        // Both branches ran: the sequence is meant to fill the team and drain it again.
        Assert.True(withRoom > 50 && full > 20, $"{withRoom} picks with room, {full} over capacity");
    }

    [Fact]
    public void Capacity_EveryRepFull_PicksTheLowestRatioOverCapacity()
    {
        var team = new TeamSimulation(AssignmentMethod.Capacity).With(Rep("A", 0) with { Capacity = 2 }, Rep("B", 1) with { Capacity = 40 });
        team.SetOpen("A", 3);
        team.SetOpen("B", 41);

        var choice = team.Assign(Today);

        Assert.Equal(("B", "over capacity: every available rep is full — 41 of 40"), (choice.RepId, choice.Reason));
    }

    [Fact]
    public void Capacity_LowestRatioNotFewestLeads_Wins()
    {
        var team = new TeamSimulation(AssignmentMethod.Capacity).With(Rep("A", 0) with { Capacity = 10 }, Rep("B", 1) with { Capacity = 40 });
        team.SetOpen("A", 2);
        team.SetOpen("B", 3);

        var choice = team.Assign(Today);

        Assert.Equal(("B", "capacity: fewest open leads for capacity — 3 of 40"), (choice.RepId, choice.Reason));
    }

    [Fact]
    public void Capacity_EqualRatios_TakeTurns()
    {
        var team = new TeamSimulation(AssignmentMethod.Capacity, defaultCapacity: 10).With(Rep("A", 0), Rep("B", 1), Rep("C", 2));

        for (var i = 0; i < 6; i++)
        {
            team.Assign(Today);
            team.SetOpen(team.Picks[^1], 0); // closed at once: the ratios stay equal
        }

        Assert.Equal(["A", "B", "C", "A", "B", "C"], team.Picks);
    }

    [Fact]
    public void Capacity_RepsWithoutALimit_CountAsEmptyAndTakeTurns()
    {
        var team = new TeamSimulation(AssignmentMethod.Capacity).With(Rep("A", 0), Rep("B", 1), Rep("C", 2) with { Capacity = 40 });
        team.SetOpen("A", 50);
        team.SetOpen("C", 1);

        var first = team.Assign(Today);
        for (var i = 1; i < 8; i++)
        {
            team.Assign(Today);
        }

        Assert.Equal(("A", "capacity: fewest open leads for capacity — 50, no limit"), (first.RepId, first.Reason));
        Assert.Equal((4, 4, 0), (team.Taken("A"), team.Taken("B"), team.Taken("C")));
    }

    [Fact]
    public void Capacity_ReassignmentToAFullTeam_SkipsTheOwnerStill()
    {
        var team = new TeamSimulation(AssignmentMethod.Capacity, defaultCapacity: 1).With(Rep("A", 0), Rep("B", 1));
        team.SetOpen("A", 1);
        team.SetOpen("B", 5);

        var choice = team.Assign(Today, exclude: "A");

        Assert.Equal(("B", "over capacity: every available rep is full — 5 of 1"), (choice.RepId, choice.Reason));
    }
}
