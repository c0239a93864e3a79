using Pactum.Domain.Leads;
using Pactum.Domain.Scoring;
using static Pactum.Domain.Tests.Scoring.ScoringFixture;

namespace Pactum.Domain.Tests.Scoring;

/// <summary>
/// The hand-off decision (SPEC L5) under <see cref="ScoringFixture.Rules"/>: at which event the rules hand a lead off,
/// never before they took effect, never a disqualified lead, a conversion regardless of score, and a recycled lead
/// only on fresh interest.
/// </summary>
public sealed class HandOffCheckTests
{
    private static readonly HandOffRules AtSixty = new() { Threshold = 60, Conversions = ["demo_request"] };

    // Seniority executive 20 + 250 employees 15 = fit 35.
    private static LeadEvent Executive(int employees = 250) => Created(seniority: "executive", employees: employees);

    [Fact]
    public void Decide_ThresholdReachedAtTheSecondEngagement_HandsOffAtThatEvent()
    {
        // 35 + webinar 15 = 50 at day 0.1; + webinar 15 = 65 ≥ 60 at day 0.2.
        var events = new[] { Executive(), Engaged("e1", "webinar", 0.1), Engaged("e2", "webinar", 0.2) };

        var verdict = HandOffCheck.Decide(Rules, AtSixty, events, After(1), Day0);

        Assert.Equal(HandOffOutcome.HandOff, verdict.Outcome);
        Assert.Equal(After(0.2), verdict.At);
        Assert.Equal("e2", verdict.TriggerEventId);
        Assert.Equal("score 65 reached the threshold 60 (grade B2)", verdict.Reason);
    }

    [Fact]
    public void Decide_RulesThatTookEffectLater_HandOffWhenTheyTookEffect()
    {
        var events = new[] { Executive(), Engaged("e1", "webinar", 0.1), Engaged("e2", "webinar", 0.2) };

        var verdict = HandOffCheck.Decide(Rules, AtSixty, events, After(4), After(3));

        Assert.Equal(After(3), verdict.At);
    }

    [Fact]
    public void Decide_DemoRequestBelowThreshold_HandsOffAtOnce()
    {
        // An intern (-10) at a 40-person company asks for a demo (+40): 30, far below 60.
        var events = new[] { Created(persona: "Intern", employees: 40), Engaged("e1", "demo_request", 0.1) };

        var verdict = HandOffCheck.Decide(Rules, AtSixty, events, After(0.1), Day0);

        Assert.True(verdict.HandsOff);
        Assert.Equal(After(0.1), verdict.At);
        Assert.Equal(30m, verdict.Score!.Total);
        Assert.StartsWith("demo request: a bottom-of-funnel conversion", verdict.Reason);
    }

    [Fact]
    public void Decide_UnderTwentyEmployees_NeverHandsOffEvenOnADemoRequest()
    {
        var events = new[] { Executive(employees: 12), Engaged("e1", "webinar", 0.1), Engaged("e2", "demo_request", 0.2) };

        var verdict = HandOffCheck.Decide(Rules, AtSixty with { Threshold = 1 }, events, After(1), Day0);

        Assert.Equal(HandOffOutcome.Disqualified, verdict.Outcome);
        Assert.Contains("Companies under 20 employees are not served", verdict.Reason);
    }

    [Fact]
    public void Decide_BelowThreshold_SaysHowFarOff()
    {
        // Seniority executive 20 at 50 employees, one page visit 2: 22, grade C3.
        var verdict = HandOffCheck.Decide(Rules, AtSixty, [Executive(employees: 50), Engaged("e1", "page_visit", 0.1)], After(0.1), Day0);

        Assert.Equal(HandOffOutcome.NotYet, verdict.Outcome);
        Assert.Equal("score 22 of the 60 a hand-off needs (grade C3)", verdict.Reason);
    }

    [Fact]
    public void Decide_HandedOffLead_IsWithSalesUntilRecycledThenNeedsFreshInterest()
    {
        List<LeadEvent> events = [Executive(), Engaged("e1", "webinar", 0.1), Engaged("e2", "webinar", 0.2), Act(LeadEventType.HandedOff, "h1", 0.2)];
        Assert.Equal(HandOffOutcome.WithSales, HandOffCheck.Decide(Rules, AtSixty, events, After(1), Day0).Outcome);

        events.Add(Act(LeadEventType.Recycled, "r1", 0.3));
        var afterRecycle = HandOffCheck.Decide(Rules, AtSixty, events, After(1), Day0);
        Assert.Equal(HandOffOutcome.NotYet, afterRecycle.Outcome); // fit 35 only: the webinars were before the recycle
        Assert.Equal(35m, afterRecycle.Score!.Total);

        events.AddRange([Engaged("e3", "webinar", 0.4), Engaged("e4", "webinar", 0.5)]);
        Assert.Equal(After(0.5), HandOffCheck.Decide(Rules, AtSixty, events, After(1), Day0).At);
    }

    private static LeadEvent Act(LeadEventType type, string id, double days) =>
        new() { EventId = id, LeadId = "L1", Type = type, OccurredAt = After(days) };
}
