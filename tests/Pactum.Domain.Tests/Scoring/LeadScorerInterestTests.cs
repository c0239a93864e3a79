using Pactum.Domain.Leads;
using Pactum.Domain.Scoring;
using static Pactum.Domain.Tests.Scoring.ScoringFixture;

namespace Pactum.Domain.Tests.Scoring;

/// <summary>Interest: one rule per engagement, decay by half-life or window, caps per group, rounding once per group.</summary>
public sealed class LeadScorerInterestTests
{
    [Theory]
    // a download's 10 points with a 30-day half-life: 10 on the day
    [InlineData(0, 10, null)]
    // 10 × 0.5 = 5 after 30 days
    [InlineData(30, 5, "halved once: 30 days old")]
    // 10 × 0.25 = 2.5 after 60 days
    [InlineData(60, 2.5, "halved twice: 60 days old")]
    // 10 × 0.125 = 1.25 after 90 days
    [InlineData(90, 1.25, "halved 3 times: 90 days old")]
    // 10 × 0.5^(15/30) = 7.0710678… → 7.07 after 15 days
    [InlineData(15, 7.07, "15 days old, halving every 30 days")]
    public void Score_DownloadWithHalfLife_HalvesEveryThirtyDays(double days, decimal points, string? note)
    {
        var score = LeadScorer.Score(Rules, [Engaged("d1", "content_download", 0)], After(days));

        Assert.Equal(points, score.Interest);
        var part = Assert.Single(score.Parts);
        Assert.Equal((ScoreSide.Interest, points, 10m, "d1", "content", note), (part.Side, part.Points, part.RawPoints, part.EventId, part.Group, part.Note));
        Assert.Equal("Each content download", part.Rule);
    }

    [Theory]
    // an e-mail click's 3 points count in full inside the 90-day window
    [InlineData(30, 3, null)]
    [InlineData(89, 3, null)]
    // and not at all from the 90th day on
    [InlineData(90, 0, "outside the 90-day window")]
    [InlineData(120, 0, "outside the 90-day window")]
    public void Score_EmailClickWithWindow_CountsInFullThenNotAtAll(double days, decimal points, string? note)
    {
        var score = LeadScorer.Score(Rules, [Engaged("c1", "email_click", 0)], After(days));

        Assert.Equal(points, score.Interest);
        Assert.Equal((points, note), (score.Parts[0].Points, score.Parts[0].Note));
    }

    [Theory]
    // the /pricing rule names the asset: it wins over the plain page visit rule (8, not 2, and not 2 + 8)
    [InlineData("/pricing", 8)]
    // assets compare ignoring case
    [InlineData("/PRICING", 8)]
    // another page: the plain rule
    [InlineData("/blog/lead-scoring", 2)]
    // no asset at all: the plain rule
    [InlineData(null, 2)]
    public void Score_PageVisit_CountsUnderTheMostSpecificRule(string? asset, decimal points)
    {
        var score = LeadScorer.Score(Rules, [Engaged("v1", "PAGE_VISIT", 0, asset)], Day0);

        Assert.Equal(points, score.Interest);
        Assert.Single(score.Parts);
    }

    [Fact]
    public void Score_GroupOverItsCap_AddsTheCapAndSaysWhichPartWasCut()
    {
        // three /pricing visits today: 8 + 8 + 8 = 24, web adds at most 20: the third counts 4
        var score = LeadScorer.Score(Rules, [Engaged("v1", "page_visit", 0, "/pricing"), Engaged("v2", "page_visit", 0, "/pricing"), Engaged("v3", "page_visit", 0, "/pricing")], Day0);

        Assert.Equal(20m, score.Interest);
        Assert.Equal([8m, 8m, 4m], score.Parts.Select(p => p.Points));
        Assert.Equal("capped: group web adds at most 20", score.Parts[2].Note);
        Assert.Null(score.Parts[0].Note);
    }

    [Fact]
    public void Score_DecayedPartsUnderTheCap_FillItOldestFirst()
    {
        // two /pricing visits 30 days ago: 8 × 0.5 = 4 each; then ten visits today at 2 each = 20; 4 + 4 + 20 = 28 > 20:
        // the old visits count 8, the first six new ones 12, the other four nothing
        var events = new List<LeadEvent> { Engaged("old1", "page_visit", 0, "/pricing"), Engaged("old2", "page_visit", 0, "/pricing") };
        events.AddRange(Enumerable.Range(10, 10).Select(i => Engaged($"new{i}", "page_visit", 30)));

        var score = LeadScorer.Score(Rules, events, After(30));

        Assert.Equal(20m, score.Interest);
        Assert.Equal([4m, 4m, 2m, 2m, 2m, 2m, 2m, 2m, 0m, 0m, 0m, 0m], score.Parts.Select(p => p.Points));
        Assert.Equal("halved once: 30 days old", score.Parts[0].Note);
    }

    [Fact]
    public void Score_NegativePoints_SubtractFromInterest()
    {
        // a webinar 15, then an unsubscribe -10: 5
        var score = LeadScorer.Score(Rules, [Engaged("w", "webinar", 0), Engaged("u", "unsubscribe", 1)], After(1));

        Assert.Equal(5m, score.Interest);
        Assert.Equal([15m, -10m], score.Parts.Select(p => p.Points));
    }

    [Fact]
    public void Score_HandComputedLead_AddsGroupsRoundedOnce()
    {
        // fit: persona 30 + seniority 20 + 15 for 250 employees = 65 (A)
        // web: /pricing 10 days ago 8 × 0.5^(1/3) = 6.3496… and a page 3 days ago 2 × 0.5^(1/10) = 1.8660… → 8.2156… → 8.22
        // content: a download 45 days ago 10 × 0.5^1.5 = 3.5355… → 3.54; email: a click 100 days ago, outside the window: 0
        // webinar: 15; interest 8.22 + 3.54 + 0 + 15 = 26.76 (2); total 91.76, grade A2
        LeadEvent[] events =
        [
            Created(persona: "Decision-making executive", seniority: "director", employees: 250, region: "North America"),
            Engaged("click", "email_click", 0), Engaged("download", "content_download", 55), Engaged("pricing", "page_visit", 90, "/pricing"),
            Engaged("webinar", "webinar", 95), Engaged("page", "page_visit", 97, "/about"),
        ];

        var score = LeadScorer.Score(Rules, events, After(100));

        Assert.Equal((65m, 26.76m, 91.76m, "A2"), (score.Fit, score.Interest, score.Total, score.Grade));
        Assert.Equal(["click", "download", "pricing", "webinar", "page"], score.Parts.Where(p => p.Side == ScoreSide.Interest).Select(p => p.EventId));
    }

    [Fact]
    public void Score_EventsAfterTheInstant_AreIgnored()
    {
        // the demo request comes a day later than the instant scored, the intern's persona with it
        LeadEvent[] events = [Engaged("w", "webinar", 0), Engaged("demo", "demo_request", 2), Created("later", persona: "Intern", at: After(2))];

        var score = LeadScorer.Score(Rules, events, After(1));

        Assert.Equal((0m, 15m), (score.Fit, score.Interest));
    }

    [Fact]
    public void Score_EventsInAnyOrder_GiveTheSameScore()
    {
        LeadEvent[] events =
        [
            Created(persona: "Decision-making executive", employees: 30, region: "North America"),
            new() { EventId = "update", LeadId = "L1", Type = LeadEventType.ProfileUpdated, OccurredAt = After(5), Employees = 10 },
            new() { EventId = "update2", LeadId = "L1", Type = LeadEventType.ProfileUpdated, OccurredAt = After(5), Employees = 400 },
            Engaged("v1", "page_visit", 1, "/pricing"), Engaged("v2", "page_visit", 2), Engaged("v3", "page_visit", 2, "/pricing"),
            Engaged("d", "content_download", 3), Engaged("c", "email_click", 4),
        ];
        var expected = LeadScorer.Score(Rules, events, After(40));

        // the events backwards, rotated by 1, 3 and 5
        foreach (var k in new[] { 1, 3, 5 })
        {
            List<LeadEvent> reordered = [.. Enumerable.Reverse(events).Skip(k), .. Enumerable.Reverse(events).Take(k)];

            var score = LeadScorer.Score(Rules, reordered, After(40));

            Assert.Equal((expected.Fit, expected.Interest, expected.Grade), (score.Fit, score.Interest, score.Grade));
            Assert.Equal(expected.Parts, score.Parts);
        }

        // the two updates at the same instant apply in event id order: update2 (400 employees) last
        Assert.Equal(45m, expected.Fit);
    }
}
