using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Domain.Scoring;

namespace Pactum.Domain.Tests.Scoring;

/// <summary>
/// The hand-off decision (SPEC L5): at which event the rules hand a lead off, never before they took effect, never a
/// disqualified lead, a conversion regardless of score, and a recycled lead only on fresh interest.
/// </summary>
public sealed class HandOffCheckTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 11, 2, 9, 0);

    // Fit: executive 30, 200+ employees 10, under 20 disqualifies. Interest: page visit 5, webinar 20, demo request 10.
    private static readonly ScoringRules Rules = new()
    {
        Fit =
        [
            new FitRule { Property = FitProperty.Seniority, In = ["executive"], Points = 30 },
            new FitRule { Property = FitProperty.Employees, AtLeast = 200, Points = 10 },
            new FitRule { Property = FitProperty.Employees, Below = 20, Disqualify = "Companies under 20 employees are not served" },
        ],
        Interest =
        [
            new InterestRule { Activity = "page_visit", Points = 5, Group = "web" },
            new InterestRule { Activity = "webinar", Points = 20, Group = "webinar" },
            new InterestRule { Activity = "demo_request", Points = 10, Group = "demo_request" },
        ],
    };

    private static readonly HandOffRules AtSixty = new() { Threshold = 60, Conversions = ["demo_request"] };

    [Fact]
    public void Decide_ThresholdReachedAtTheSecondEngagement_HandsOffAtThatEvent()
    {
        // 40 fit + 5 (10:00) = 45; + 20 (11:00) = 65 ≥ 60.
        var events = Lead(Created("executive", 250), Engaged("page_visit", 60), Engaged("webinar", 120));

        var verdict = HandOffCheck.Decide(Rules, AtSixty, events, T0 + Duration.FromHours(5), T0);

        Assert.Equal(HandOffOutcome.HandOff, verdict.Outcome);
        Assert.Equal(T0 + Duration.FromHours(2), verdict.At);
        Assert.Equal("e120", verdict.TriggerEventId);
        Assert.Equal("score 65 reached the threshold 60 (grade B2)", verdict.Reason);
    }

    [Fact]
    public void Decide_RulesThatTookEffectLater_HandOffWhenTheyTookEffect()
    {
        var events = Lead(Created("executive", 250), Engaged("webinar", 60));
        var effective = T0 + Duration.FromDays(3);

        var verdict = HandOffCheck.Decide(Rules, AtSixty, events, effective + Duration.FromHours(1), effective);

        Assert.Equal(effective, verdict.At);
    }

    [Fact]
    public void Decide_DemoRequestBelowThreshold_HandsOffAtOnce()
    {
        var events = Lead(Created("intern", 40), Engaged("demo_request", 30));

        var verdict = HandOffCheck.Decide(Rules, AtSixty, events, T0 + Duration.FromHours(1), T0);

        Assert.True(verdict.HandsOff);
        Assert.Equal(10m, verdict.Score!.Total);
        Assert.StartsWith("demo request: a bottom-of-funnel conversion", verdict.Reason);
    }

    [Fact]
    public void Decide_UnderTwentyEmployees_NeverHandsOffEvenOnADemoRequest()
    {
        var events = Lead(Created("executive", 12), Engaged("webinar", 10), Engaged("demo_request", 20));

        var verdict = HandOffCheck.Decide(Rules, AtSixty with { Threshold = 1 }, events, T0 + Duration.FromHours(1), T0);

        Assert.Equal(HandOffOutcome.Disqualified, verdict.Outcome);
        Assert.Contains("Companies under 20 employees are not served", verdict.Reason);
    }

    [Fact]
    public void Decide_BelowThreshold_SaysHowFarOff()
    {
        var verdict = HandOffCheck.Decide(Rules, AtSixty, Lead(Created("executive", 50), Engaged("page_visit", 10)), T0 + Duration.FromHours(1), T0);

        Assert.Equal(HandOffOutcome.NotYet, verdict.Outcome);
        Assert.Equal("score 35 of the 60 a hand-off needs (grade B3)", verdict.Reason);
    }

    [Fact]
    public void Decide_HandedOffLead_IsWithSalesUntilRecycledThenNeedsFreshInterest()
    {
        var handedOff = Lead(Created("executive", 250), Engaged("webinar", 10), At(LeadEventType.HandedOff, "h1", 20));
        Assert.Equal(HandOffOutcome.WithSales, HandOffCheck.Decide(Rules, AtSixty, handedOff, T0 + Duration.FromHours(1), T0).Outcome);

        var recycled = handedOff.Append(At(LeadEventType.Recycled, "r1", 40)).ToList();
        var afterRecycle = HandOffCheck.Decide(Rules, AtSixty, recycled, T0 + Duration.FromHours(2), T0);
        Assert.Equal(HandOffOutcome.NotYet, afterRecycle.Outcome); // fit 40 only: the webinar was before the recycle

        var engagedAgain = recycled.Append(Engaged("webinar", 90)).ToList();
        var again = HandOffCheck.Decide(Rules, AtSixty, engagedAgain, T0 + Duration.FromHours(2), T0);
        Assert.Equal(T0 + Duration.FromMinutes(90), again.At);
    }

    private static List<LeadEvent> Lead(params LeadEvent[] events) => [.. events];

    private static LeadEvent Created(string seniority, int employees) =>
        new() { EventId = "c", LeadId = "L1", Type = LeadEventType.LeadCreated, OccurredAt = T0, Seniority = seniority, Employees = employees };

    private static LeadEvent Engaged(string activity, int minutes) => new()
    {
        EventId = $"e{minutes}", LeadId = "L1", Type = LeadEventType.Engaged, OccurredAt = T0 + Duration.FromMinutes(minutes), Activity = activity,
    };

    private static LeadEvent At(LeadEventType type, string id, int minutes) =>
        new() { EventId = id, LeadId = "L1", Type = type, OccurredAt = T0 + Duration.FromMinutes(minutes) };
}
