using Pactum.Domain.Leads;
using Pactum.Domain.Scoring;
using static Pactum.Domain.Tests.Scoring.ScoringFixture;

namespace Pactum.Domain.Tests.Scoring;

/// <summary>Fit: the rules a lead's profile matches, disqualifications, and the grade.</summary>
public sealed class LeadScorerFitTests
{
    [Fact]
    public void Score_ExecutiveOfALargeCompany_AddsEveryMatchingFitRule()
    {
        // persona 30 + seniority (case and blanks ignored) 20 + decision maker 15 + 250 ≥ 200 employees 15 = 80
        var created = Created(persona: "Decision-making executive", seniority: " Executive ", buyingRole: "decision-maker", employees: 250, region: "north america");

        var score = LeadScorer.Score(Rules, [created], Day0);

        Assert.Equal((80m, 0m, 80m), (score.Fit, score.Interest, score.Total));
        Assert.Equal("A3", score.Grade);
        Assert.Equal('A', score.FitLetter);
        Assert.False(score.Disqualified);
        Assert.Equal(
            ["Leads whose persona is Decision-making executive", "Leads whose seniority is executive or director", "Leads whose buying role is decision-maker", "Companies with 200 or more employees"],
            score.Parts.Select(p => p.Rule));
        Assert.All(score.Parts, p => Assert.Equal((ScoreSide.Fit, p.RawPoints, (string?)null), (p.Side, p.Points, p.EventId)));
    }

    [Fact]
    public void Score_Intern_CountsNegativePoints()
    {
        // the intern rule: -10; nothing else matches (seniority entry, influencer, 120 employees): fit -10, grade C
        var score = LeadScorer.Score(Rules, [Created(persona: "Intern", seniority: "entry", buyingRole: "influencer", employees: 120, region: "North America")], Day0);

        Assert.Equal(-10m, score.Fit);
        Assert.Equal("C3", score.Grade);
    }

    [Fact]
    public void Score_CompanyUnderTwentyEmployees_IsDisqualifiedWithTheReason()
    {
        // decision maker 15; 12 employees match the disqualifying rule, not the 200+ one
        var score = LeadScorer.Score(Rules, [Created(buyingRole: "decision-maker", employees: 12, region: "North America")], Day0);

        Assert.True(score.Disqualified);
        Assert.Equal(["Companies under 20 employees are not served"], score.Disqualifications);
        Assert.Equal(15m, score.Fit);
    }

    [Fact]
    public void Score_LeadOutsideTheRegion_IsDisqualified()
    {
        var score = LeadScorer.Score(Rules, [Created(employees: 300, region: "Europe")], Day0);

        Assert.Equal(["Outside the served region"], score.Disqualifications);
        Assert.Equal(15m, score.Fit);
    }

    [Fact]
    public void Score_LeadOfUnknownRegionAndSize_IsNotDisqualified()
    {
        // no region and no company size: neither the notIn rule nor the below-20 rule can match
        var score = LeadScorer.Score(Rules, [Created(persona: "Manager")], Day0);

        Assert.False(score.Disqualified);
        Assert.Equal(0m, score.Fit);
        Assert.Empty(score.Parts);
    }

    [Fact]
    public void Score_ProfileUpdatedLater_UsesTheLatestValues()
    {
        // created with 12 employees (disqualified), grown to 220 a week later: 15 for the size, no longer disqualified
        LeadEvent[] events = [Created(employees: 12, region: "North America"), new() { EventId = "grew", LeadId = "L1", Type = LeadEventType.ProfileUpdated, OccurredAt = After(7), Employees = 220 }];

        var before = LeadScorer.Score(Rules, events, After(6));
        var after = LeadScorer.Score(Rules, events, After(7));

        Assert.Equal((true, 0m), (before.Disqualified, before.Fit));
        Assert.Equal((false, 15m), (after.Disqualified, after.Fit));
    }

    [Theory]
    // the default bands: A from 50 fit, B from 25; 1 from 40 interest, 2 from 20
    [InlineData(50, 40, "A1")]
    [InlineData(49.99, 39.99, "B2")]
    [InlineData(25, 20, "B2")]
    [InlineData(24.99, 19.99, "C3")]
    [InlineData(-10, -5, "C3")]
    public void Of_DefaultBands_GradesByLetterAndDigit(decimal fit, decimal interest, string grade)
    {
        Assert.Equal(grade, new GradeBands().Of(fit, interest));
    }

    [Fact]
    public void Score_OwnGradeBands_GradeWithThem()
    {
        // fit 30 is an A from 30; a webinar's 15 interest is a 1 from 15
        var rules = Rules with { Grades = new GradeBands { FitA = 30, FitB = 10, Interest1 = 15, Interest2 = 5 } };

        var score = LeadScorer.Score(rules, [Created(persona: "Decision-making executive"), Engaged("w", "webinar", 0)], Day0);

        Assert.Equal("A1", score.Grade);
    }
}
