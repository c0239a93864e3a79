using Pactum.Domain.Leads;
using Pactum.Domain.Scoring;
using static Pactum.Domain.Tests.Scoring.ScoringFixture;

namespace Pactum.Domain.Tests.Scoring;

/// <summary>A lead's score history: one step per event that changed the score, with what the event itself changed.</summary>
public sealed class LeadScoreHistoryTests
{
    private static readonly LeadEvent[] Events =
    [
        Created(persona: "Decision-making executive", seniority: "executive", buyingRole: "decision-maker", employees: 250, region: "North America"),
        Engaged("v1", "page_visit", 1, "/pricing"),
        new() { EventId = "a1", LeadId = "L1", Type = LeadEventType.Attempt, OccurredAt = After(1.5), Channel = "phone" },
        Engaged("c1", "email_click", 2),
        new() { EventId = "role", LeadId = "L1", Type = LeadEventType.ProfileUpdated, OccurredAt = After(2.5), Role = "VP of operations" },
        new() { EventId = "shrunk", LeadId = "L1", Type = LeadEventType.ProfileUpdated, OccurredAt = After(3), Employees = 10 },
        Engaged("demo", "demo_request", 10),
    ];

    [Fact]
    public void History_Lead_HasAStepForEachEventThatChangedTheScore()
    {
        // the attempt and the role (no rule tests roles) change nothing; the demo request comes after "now"
        var steps = LeadScorer.History(Rules, Events, After(5));

        Assert.Equal(["created", "v1", "c1", "shrunk"], steps.Select(s => s.EventId));
        Assert.Equal([Day0, After(1), After(2), After(3)], steps.Select(s => s.At));
    }

    [Fact]
    public void History_Lead_MeasuresEachStepAtItsEventAndTheChangeOfTheEventAlone()
    {
        var steps = LeadScorer.History(Rules, Events, After(5));

        // created: fit 30 + 20 + 15 + 15 = 80, from nothing
        Assert.Equal((80m, 0m, 80m, "A3", 80m), (steps[0].Fit, steps[0].Interest, steps[0].Total, steps[0].Grade, steps[0].Change));
        // the /pricing visit: +8
        Assert.Equal((80m, 8m, 88m, 8m), (steps[1].Fit, steps[1].Interest, steps[1].Total, steps[1].Change));
        // a day later the visit is worth 8 × 0.5^(1/30) = 7.8173 → 7.82; the click adds 3: 10.82, a change of 3 (not 2.82)
        Assert.Equal((10.82m, 90.82m, 3m), (steps[2].Interest, steps[2].Total, steps[2].Change));
        // 10 employees: the 200+ rule no longer matches (-15) and the lead is disqualified; the visit is worth
        // 8 × 0.5^(2/30) = 7.6387 → 7.64, so interest is 10.64 and the total 65 + 10.64 = 75.64
        Assert.Equal((65m, 10.64m, 75.64m, -15m), (steps[3].Fit, steps[3].Interest, steps[3].Total, steps[3].Change));
        Assert.Equal(["Companies under 20 employees are not served"], steps[3].Disqualifications);
        Assert.Empty(steps[2].Disqualifications);
    }

    [Fact]
    public void History_Lead_SaysWhatEachEventWas()
    {
        var steps = LeadScorer.History(Rules, Events, After(5));

        Assert.Equal(
            [
                "Lead created: persona Decision-making executive, seniority executive, buying role decision-maker, 250 employees, region North America",
                "Page visit on /pricing",
                "Email click",
                "Profile updated: 10 employees",
            ],
            steps.Select(s => s.What));
    }

    [Fact]
    public void History_LastStep_IsTheScoreAtItsEvent()
    {
        var steps = LeadScorer.History(Rules, Events, After(10));

        var last = steps[^1];
        var score = LeadScorer.Score(Rules, Events, After(10));
        Assert.Equal(("demo", 40m), (last.EventId, last.Change));
        Assert.Equal((score.Fit, score.Interest, score.Grade), (last.Fit, last.Interest, last.Grade));
    }

    [Fact]
    public void History_EventsInAnyOrder_GiveTheSameSteps()
    {
        Assert.Equal(LeadScorer.History(Rules, Events, After(10)), LeadScorer.History(Rules, Enumerable.Reverse(Events), After(10)), new StepComparer());
    }

    private sealed class StepComparer : IEqualityComparer<ScoreStep>
    {
        public bool Equals(ScoreStep? x, ScoreStep? y) =>
            x is not null && y is not null && x with { Disqualifications = [] } == y with { Disqualifications = [] } && x.Disqualifications.SequenceEqual(y.Disqualifications);

        public int GetHashCode(ScoreStep obj) => obj.EventId.GetHashCode(StringComparison.Ordinal);
    }
}
