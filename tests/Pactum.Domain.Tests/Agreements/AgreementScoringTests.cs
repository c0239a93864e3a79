using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Assignment;
using Pactum.Domain.Scoring;

namespace Pactum.Domain.Tests.Agreements;

/// <summary>Reading the <c>scoring</c>, <c>handOff</c>, <c>assignment</c> and <c>recycle</c> sections, and every mistake with its line and field.</summary>
public sealed class AgreementScoringTests
{
    // Lines 1–12: the smallest valid agreement with a calendar; the sections under test start on line 13.
    private const string Valid =
        "id: test\ntitle: Test\nkind: internal\nversion: 1\nterm: { starts: 2026-01-01 }\n"
        + "summary: { service: leads, forWhom: sales, measuredBy: leads a month }\n"
        + "parties:\n  - { id: marketing, name: Marketing }\n  - { id: sales, name: Sales }\n"
        + "goals:\n  - { id: leads, name: Leads, owner: marketing, metric: qualified leads, target: 100, unit: leads, period: month }\n"
        + "calendar: { timeZone: America/New_York, hours: { monday: [\"09:00-17:00\"] } }\n";

    private const string Sections = """
        scoring:
          fit:
            - { property: persona, is: Decision-making executive, points: 30 }
            - { property: seniority, in: [executive, director], points: 20 }
            - { property: buyingRole, is: decisionMaker, points: 15 }
            - { property: employees, atLeast: 200, points: 15 }
            - { property: employees, below: 20, disqualify: Companies under 20 employees are not served }
            - { property: region, notIn: [North America], disqualify: Outside the served region }
          interest:
            - { activity: page_visit, points: 2, group: web }
            - { activity: page_visit, asset: /pricing, points: 8, group: web }
            - { activity: content_download, points: 10, group: content }
            - { activity: email_click, points: 3, group: email }
            - { activity: webinar, points: 15 }
            - { activity: Demo_Request, points: 40 }
          groups:
            - { name: web, cap: 20, halfLife: 30 days }
            - { name: email, cap: 15, window: 90 days }
          grades: { fitA: 60, interest2: 10 }
        handOff:
          threshold: 60
          minimumFit: b
          conversions: [demo_request, assessment, consultation]
          carry: [source, asset, persona, score, grade, role, seniority, BuyingRole, employees, region]
        assignment:
          method: weighted-round-robin
          capacity: 40
          reassignOnFirstTouchBreach: true
        recycle:
          afterAttempts: { count: 6, track: consideration }
          afterBusinessDays: { days: 10, track: Awareness }

        """;

    [Fact]
    public void Parse_AllFourSections_ReadsRulesAsWritten()
    {
        var parsed = AgreementFile.Parse(Valid + Sections, "sla.yaml");

        Assert.True(parsed.IsValid, string.Join("\n", parsed.Errors));
        var agreement = parsed.Value!;
        var scoring = agreement.Scoring!;
        Assert.Equal([FitProperty.Persona, FitProperty.Seniority, FitProperty.BuyingRole, FitProperty.Employees, FitProperty.Employees, FitProperty.Region], scoring.Fit.Select(r => r.Property));
        Assert.Equal(["executive", "director"], scoring.Fit[1].In!);
        Assert.Equal(["decision-maker"], scoring.Fit[2].In!);
        Assert.Equal((200, (int?)null, 15m), (scoring.Fit[3].AtLeast, scoring.Fit[3].Below, scoring.Fit[3].Points));
        Assert.Equal(("Companies under 20 employees are not served", 20), (scoring.Fit[4].Disqualify, scoring.Fit[4].Below));
        Assert.Equal(["North America"], scoring.Fit[5].NotIn!);
        Assert.Equal(("page_visit", "/pricing", 8m, "web"), (scoring.Interest[1].Activity, scoring.Interest[1].Asset, scoring.Interest[1].Points, scoring.Interest[1].Group));
        Assert.Equal(("demo_request", "demo_request"), (scoring.Interest[5].Activity, scoring.Interest[5].Group));
        Assert.Equal("webinar", scoring.Interest[4].Group);
        Assert.Equal(new InterestGroup { Name = "web", Cap = 20, HalfLife = Duration.FromDays(30) }, scoring.Groups[0]);
        Assert.Equal(new InterestGroup { Name = "email", Cap = 15, Window = Duration.FromDays(90) }, scoring.Groups[1]);
        Assert.Equal(new GradeBands { FitA = 60, Interest2 = 10 }, scoring.Grades);

        var handOff = agreement.HandOff!;
        Assert.Equal((60m, (char?)'B'), (handOff.Threshold, handOff.MinimumFit));
        Assert.Equal(["demo_request", "assessment", "consultation"], handOff.Conversions);
        Assert.Equal(HandOffRules.CarryNames, handOff.Carry);

        Assert.Equal(new AssignmentRules { Method = AssignmentMethod.WeightedRoundRobin, Capacity = 40, ReassignOnFirstTouchBreach = true }, agreement.Assignment);

        var recycle = agreement.Recycle!;
        Assert.Equal((6, "consideration", 10, "awareness"), (recycle.AfterAttempts, recycle.AttemptsTrack, recycle.AfterBusinessDays, recycle.DaysTrack));
        Assert.Equal(["awareness", "consideration", "decision"], recycle.Tracks);
    }

    [Fact]
    public void Parse_WithoutTheSections_LeavesThemNull()
    {
        var agreement = AgreementFile.Parse(Valid, "sla.yaml").Value!;

        Assert.Equal((null, null, null, null), (agreement.Scoring, agreement.HandOff, agreement.Assignment, agreement.Recycle));
    }

    [Fact]
    public void Parse_AssignmentWithoutMethod_IsRoundRobinWithNoLimit()
    {
        var agreement = AgreementFile.Parse(Valid + "assignment: { reassignOnFirstTouchBreach: false }\n", "sla.yaml").Value!;

        Assert.Equal(new AssignmentRules { Method = AssignmentMethod.RoundRobin, Capacity = null, ReassignOnFirstTouchBreach = false }, agreement.Assignment);
    }

    public static TheoryData<string, int, string, string> Mistakes => new()
    {
        // two conditions in one fit rule
        { "scoring:\n  fit:\n    - { property: seniority, is: executive, in: [director], points: 5 }\n", 15, "scoring.fit[0].in", "not both 'is' and 'in'" },
        // no condition
        { "scoring:\n  fit:\n    - { property: region, points: 5 }\n", 15, "scoring.fit[0]", "write one condition: is, in or notIn" },
        // a number condition on a text property
        { "scoring:\n  fit:\n    - { property: region, atLeast: 5, points: 5 }\n", 15, "scoring.fit[0].atLeast", "belongs to employees" },
        // a text condition on employees
        { "scoring:\n  fit:\n    - { property: employees, is: 200, points: 5 }\n", 15, "scoring.fit[0].is", "match it with atLeast and/or below" },
        // a range no company is in
        { "scoring:\n  fit:\n    - { property: employees, atLeast: 200, below: 20, points: 5 }\n", 15, "scoring.fit[0].below", "must be more than atLeast (200)" },
        // points and a disqualification
        { "scoring:\n  fit:\n    - { property: region, is: Europe, points: 5, disqualify: Not served }\n", 15, "scoring.fit[0].disqualify", "write points or disqualify, not both" },
        // neither points nor a disqualification
        { "scoring:\n  fit:\n    - { property: region, is: Europe }\n", 15, "scoring.fit[0]", "write points (e.g. points: 20) or disqualify" },
        // a misspelt property, with a suggestion
        { "scoring:\n  fit:\n    - { property: senority, is: executive, points: 5 }\n", 15, "scoring.fit[0].property", "did you mean 'seniority'?" },
        // a buying role that is none
        { "scoring:\n  fit:\n    - { property: buyingRole, is: decider, points: 5 }\n", 15, "scoring.fit[0].is", "'decider' is not a buying role" },
        // points in words
        { "scoring:\n  interest:\n    - { activity: webinar, points: many }\n", 15, "scoring.interest[0].points", "is not a number" },
        // an activity in several words
        { "scoring:\n  interest:\n    - { activity: demo request, points: 40 }\n", 15, "scoring.interest[0].activity", "e.g. demo_request" },
        // the same rule twice (ignoring case)
        { "scoring:\n  interest:\n    - { activity: webinar, points: 15 }\n    - { activity: Webinar, points: 10 }\n", 16, "scoring.interest[1].activity", "is used twice (first on line 15)" },
        // a half-life in words
        { "scoring:\n  interest:\n    - { activity: webinar, points: 15 }\n  groups:\n    - { name: webinar, halfLife: a month }\n", 17, "scoring.groups[0].halfLife", "e.g. 12 hours, 30 days" },
        // a half-life and a window
        { "scoring:\n  interest:\n    - { activity: webinar, points: 15 }\n  groups:\n    - { name: webinar, halfLife: 30 days, window: 90 days }\n", 17, "scoring.groups[0].window", "halfLife or window, not both" },
        // a group no rule is in
        { "scoring:\n  interest:\n    - { activity: webinar, points: 15, group: events }\n  groups:\n    - { name: event, cap: 20 }\n", 17, "scoring.groups[0].name", "no interest rule is in group 'event' (did you mean 'events'?)" },
        // a group listed twice
        { "scoring:\n  interest:\n    - { activity: webinar, points: 15 }\n  groups:\n    - { name: webinar, cap: 20 }\n    - { name: webinar, cap: 30 }\n", 18, "scoring.groups[1].name", "is used twice" },
        // fit bands the wrong way round
        { "scoring:\n  interest:\n    - { activity: webinar, points: 15 }\n  grades: { fitA: 20, fitB: 25 }\n", 16, "scoring.grades.fitB", "fitA (20) must be above fitB (25)" },
        // interest bands the wrong way round (interest2 against the default interest1 of 40)
        { "scoring:\n  interest:\n    - { activity: webinar, points: 15 }\n  grades: { interest2: 40 }\n", 16, "scoring.grades.interest2", "interest1 (40) must be above interest2 (40)" },
        // a misspelt key, with a suggestion
        { "scoring:\n  intrest:\n    - { activity: webinar, points: 15 }\n", 14, "scoring.intrest", "did you mean 'interest'?" },
        // a hand-off with nothing that hands off
        { "handOff:\n  carry: [source]\n", 14, "handOff", "write a threshold" },
        // a threshold without scoring
        { "handOff:\n  threshold: 60\n", 14, "handOff.threshold", "add a scoring section" },
        // a minimum fit without a threshold
        { "scoring:\n  interest:\n    - { activity: demo_request, points: 40 }\nhandOff:\n  minimumFit: B\n  conversions: [demo_request]\n", 17, "handOff.minimumFit", "write a threshold too" },
        // a fit grade that is none
        { "scoring:\n  interest:\n    - { activity: webinar, points: 15 }\nhandOff:\n  threshold: 60\n  minimumFit: D\n", 18, "handOff.minimumFit", "expected A, B or C" },
        // a conversion that is an event type
        { "handOff:\n  conversions: [mql]\n", 14, "handOff.conversions[0]", "'mql' is a lead event type, not an activity" },
        // a conversion that misspells an interest rule's activity
        { "scoring:\n  interest:\n    - { activity: demo_request, points: 40 }\nhandOff:\n  conversions: [demo_requst]\n", 17, "handOff.conversions[0]", "did you mean 'demo_request'?" },
        // a fact that cannot travel, with a suggestion
        { "handOff:\n  conversions: [demo_request]\n  carry: [sorce]\n", 15, "handOff.carry[0]", "'sorce' names no lead fact (did you mean 'source'?)" },
        // an address: hand-offs reach the CRM through the settings file's webhook endpoints
        { "handOff:\n  conversions: [demo_request]\n  webhook: https://crm.example.com/in\n", 15, "handOff.webhook", "unknown field 'webhook'; expected one of: threshold, minimumFit, conversions, carry" },
        // a misspelt method
        { "assignment:\n  method: round-robbin\n", 14, "assignment.method", "did you mean 'round-robin'?" },
        // no capacity at all
        { "assignment:\n  capacity: 0\n", 14, "assignment.capacity", "must be a whole number of at least 1" },
        // yes for true
        { "assignment:\n  reassignOnFirstTouchBreach: yes\n", 14, "assignment.reassignOnFirstTouchBreach", "is not true or false" },
        // recycling without a reason
        { "recycle:\n  tracks: [awareness]\n", 14, "recycle", "write afterAttempts, afterBusinessDays or both" },
        // a misspelt track
        { "recycle:\n  afterAttempts: { count: 6, track: considration }\n", 14, "recycle.afterAttempts.track", "did you mean 'consideration'?" },
        // a track outside the agreement's own list
        { "recycle:\n  afterAttempts: { count: 6, track: decision }\n  tracks: [cold, warm]\n", 14, "recycle.afterAttempts.track", "expected one of: cold, warm" },
        // a reason without its track
        { "recycle:\n  afterBusinessDays: { days: 10 }\n", 14, "recycle.afterBusinessDays.track", "is required" },
        // a misspelt top-level key
        { "handoff:\n  threshold: 60\n", 13, "handoff", "did you mean 'handOff'?" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Parse_Mistake_NamesLineFieldAndProblem(string yaml, int line, string field, string message)
    {
        var parsed = AgreementFile.Parse(Valid + yaml, "sla.yaml");

        Assert.False(parsed.IsValid);
        var error = Assert.Single(parsed.Errors, e => e.Field == field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void Parse_RecycleAfterBusinessDaysWithoutCalendar_SaysItNeedsOne()
    {
        var noCalendar = Valid.Replace("calendar: { timeZone: America/New_York, hours: { monday: [\"09:00-17:00\"] } }\n", "", StringComparison.Ordinal);

        var parsed = AgreementFile.Parse(noCalendar + "recycle:\n  afterBusinessDays: { days: 10, track: awareness }\n", "sla.yaml");

        Assert.Contains("add a calendar section", Assert.Single(parsed.Errors, e => e.Field == "recycle.afterBusinessDays").Message, StringComparison.Ordinal);
    }
}
