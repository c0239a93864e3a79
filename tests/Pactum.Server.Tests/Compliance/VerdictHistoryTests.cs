using NodaTime;
using Pactum.Domain.Compliance;

namespace Pactum.Server.Tests.Compliance;

/// <summary>
/// Period verdicts, strikes and the renegotiation flag over six months with a fake clock (SPEC P1–P3): marketing's
/// goal is 4 leads a month; it hands off 2, 2, 5, 3, 1 and 0 leads from November to April, so it misses twice, meets
/// January, then misses three months in a row.
/// </summary>
public sealed class VerdictHistoryTests
{
    private static readonly (LocalDate Day, int Leads)[] Months =
    [
        (new(2026, 11, 10), 2), (new(2026, 12, 10), 2), (new(2027, 1, 12), 5), (new(2027, 2, 9), 3), (new(2027, 3, 9), 1), (new(2027, 4, 13), 0),
    ];

    private static Instant EndOf(LocalDate day) => day.With(DateAdjusters.EndOfMonth).PlusDays(1).AtMidnight().InUtc().ToInstant().Plus(Duration.FromMinutes(5));

    [Fact]
    public async Task Evaluate_SixMonths_GivesVerdictsStrikesAndOneFlag()
    {
        await using var world = await ComplianceWorld.StartAsync();
        var flaggedAt = new List<string>();
        foreach (var (day, leads) in Months)
        {
            await world.HandOff(day, leads);
            var running = world.EvaluateAt(day.AtMidnight().InUtc().ToInstant().Plus(Duration.FromDays(1)));
            Assert.Empty(running.Finished); // mid-month: only the running period, on track or at risk
            var outcome = world.EvaluateAt(EndOf(day));
            var finished = Assert.Single(outcome.Finished);
            Assert.Equal(leads, finished.Actual);
            if (outcome.Flags.Count > 0)
            {
                flaggedAt.Add($"{day:uuuu-MM}: {string.Join("; ", outcome.Flags.Select(f => f.Describe()))}");
            }
        }

        var verdicts = world.Verdicts.Verdicts("pipeline-test").Where(v => v.Verdict.IsFinal).ToList();
        Assert.Equal(
            ["2026-11 missed", "2026-12 missed", "2027-01 met", "2027-02 missed", "2027-03 missed", "2027-04 missed"],
            verdicts.Select(v => $"{v.Verdict.Period} {VerdictStates.ToText(v.Verdict.State)}"));
        Assert.All(verdicts, v => Assert.Equal((1, "UTC"), (v.AgreementVersion, v.CalendarZone)));

        var strikes = world.Consequences.Strikes("pipeline-test");
        Assert.Equal(["2026-11", "2026-12", "2027-02", "2027-03", "2027-04"], strikes.Select(s => s.Strike.Period.ToString()));
        Assert.All(strikes, s => Assert.Equal(("marketing", "Amir"), (s.Strike.Party, Assert.Single(s.Strike.Contacts))));

        // Flagged once, in April, by three misses in a row; no quarter held three strikes.
        Assert.Equal(["2027-04: a goal missed 3 periods in a row: qualified-leads 2027-02-01–2027-02-28, qualified-leads 2027-03-01–2027-03-31, qualified-leads 2027-04-01–2027-04-30"], flaggedAt);
        Assert.Single(world.Consequences.Flags("pipeline-test"));

        // Evaluating again changes nothing and tells no one again.
        var noticesBefore = world.Notices().Count;
        var again = world.EvaluateAt(EndOf(new LocalDate(2027, 4, 1)).Plus(Duration.FromHours(2)));
        Assert.Empty(again.Finished);
        Assert.Empty(again.Flags);
        Assert.Equal(noticesBefore, world.Notices().Count);

        // Each miss told marketing's contact, January's met goal was celebrated, the flag told both parties.
        var notices = world.Notices();
        Assert.Equal(5, notices.Count(n => n is ("goal.missed", "marketing", "amir@x.example")));
        Assert.Equal(1, notices.Count(n => n is ("goal.met", "marketing", "amir@x.example")));
        Assert.Equal(["marketing amir@x.example", "sales kendra@x.example"], notices.Where(n => n.Type == "agreement.flagged").Select(n => $"{n.Party} {n.Emails}"));
    }

    [Fact]
    public async Task Replay_AfterLateHandOffs_ChangesOneVerdictAndReportsIt()
    {
        await using var world = await ComplianceWorld.StartAsync();
        foreach (var (day, leads) in Months)
        {
            await world.HandOff(day, leads);
        }

        world.EvaluateAt(EndOf(new LocalDate(2027, 4, 1)));
        Assert.Equal(5, world.Consequences.Strikes("pipeline-test").Count);

        // Three hand-offs of 20 March arrive late: evaluation keeps March's finished verdict; a replay changes it.
        await world.HandOff(new LocalDate(2027, 3, 20), 3);
        Assert.Empty(world.EvaluateAt(EndOf(new LocalDate(2027, 4, 1)).Plus(Duration.FromHours(1))).Finished);
        Assert.Equal(VerdictState.Missed, world.Verdicts.Verdicts("pipeline-test").Single(v => v.Verdict.From == new LocalDate(2027, 3, 1)).Verdict.State);

        var replay = world.Compliance.Replay("pipeline-test", "Amir")!;
        var change = Assert.Single(replay.Changes);
        Assert.Equal("qualified-leads 2027-03: missed (1) → met (4)", change.Describe());
        Assert.DoesNotContain(world.Consequences.Strikes("pipeline-test"), s => s.Strike.Period.ToString() == "2027-03");
        var recorded = Assert.Single(world.Consequences.Replays("pipeline-test"));
        Assert.Equal("Amir", recorded.ReplayedBy);
        Assert.Equal(["qualified-leads 2027-03: missed (1) → met (4)"], recorded.Changes);

        // A second replay with nothing new changes nothing.
        Assert.Empty(world.Compliance.Replay("pipeline-test", "Amir")!.Changes);
    }
}
