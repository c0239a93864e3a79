using Pactum.Domain.Agreements;
using Pactum.Domain.Assignment;
using Pactum.Domain.Scoring;

namespace Pactum.Domain.Tests.Agreements;

/// <summary>The agreement samples shipped with the product parse and say what they are meant to say.</summary>
public sealed class AgreementFileSamplesTests
{
    public static TheoryData<string, AgreementKind, string[], string[]> Samples => new()
    {
        // the internal marketing → sales SLA of Company X
        { "company-x-internal.yaml", AgreementKind.Internal, ["marketing", "sales"], ["qualified-leads", "first-follow-up", "follow-up-attempts", "pipeline-revenue"] },
        // the same company with customer service added as a third link of the chain
        { "company-x-multi-level.yaml", AgreementKind.MultiLevel, ["marketing", "sales", "service"], ["qualified-leads", "first-follow-up", "follow-up-attempts", "onboarding-call", "first-response", "customer-satisfaction"] },
        // a paper supplier's delivery promise to a customer
        { "paper-delivery.yaml", AgreementKind.Customer, ["provider", "customer"], ["reams-delivered", "monday-delivery", "order-confirmation"] },
        // a hosting provider's uptime promise with service credits
        { "cloud-uptime.yaml", AgreementKind.Customer, ["provider", "customer"], ["availability", "urgent-response", "normal-response"] },
    };

    [Fact]
    public void Samples_Folder_HoldsExactlyTheTestedSamples()
    {
        Assert.Equal(Samples.Select(row => (string)row[0]).Order(StringComparer.Ordinal), RepoFiles.AgreementSamples());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Parse_Sample_HasExpectedPartiesAndGoals(string fileName, AgreementKind kind, string[] parties, string[] goals)
    {
        var parsed = AgreementFile.Parse(RepoFiles.AgreementSample(fileName), fileName);

        Assert.True(parsed.IsValid, string.Join("\n", parsed.Errors));
        var agreement = parsed.Value!;
        Assert.Equal(Path.GetFileNameWithoutExtension(fileName), agreement.Id);
        Assert.Equal(kind, agreement.Kind);
        Assert.Equal(parties, agreement.Parties.Select(p => p.Id));
        Assert.Equal(goals, agreement.Goals.Select(g => g.Id));
        Assert.NotNull(agreement.Calendar);
    }

    [Theory]
    // the internal SLA: $5,000 ÷ $100 = 50 customers ÷ 50% = 100 leads
    [InlineData("company-x-internal.yaml")]
    // the multi-level SLA uses the same inputs
    [InlineData("company-x-multi-level.yaml")]
    public void Parse_CompanyXSample_DerivesOneHundredLeads(string fileName)
    {
        var agreement = AgreementFile.Parse(RepoFiles.AgreementSample(fileName), fileName).Value!;

        var goal = agreement.Goals.Single(g => g.Id == "qualified-leads");
        Assert.Equal(100m, goal.Target);
        Assert.Equal(50, goal.Derivation!.CustomersNeeded);
        Assert.Equal("leads", goal.Unit);
        Assert.Equal("⌈⌈5000 × 1 ÷ 100⌉ ÷ 0.5⌉", goal.DerivationFormula);
        Assert.Equal("100 leads per month", goal.TargetText);
    }

    [Theory]
    // both Company X samples name the company in their title
    [InlineData("company-x-internal.yaml")]
    [InlineData("company-x-multi-level.yaml")]
    public void Parse_TitleRenamed_StillParses(string fileName)
    {
        var text = RepoFiles.AgreementSample(fileName);

        var parsed = AgreementFile.Parse(text.Replace("Company X", "Company X (renegotiated)", StringComparison.Ordinal), fileName);

        Assert.True(parsed.IsValid, string.Join("\n", parsed.Errors));
        Assert.Contains("Company X (renegotiated)", parsed.Value!.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CompanyXInternal_ReadsEverySection()
    {
        var agreement = AgreementFile.Parse(RepoFiles.AgreementSample("company-x-internal.yaml"), "x.yaml").Value!;

        var report = agreement.Requirements.Single(r => r.Id == "pipeline-status-report");
        Assert.Equal(("sales", "marketing", new RequirementCadence(4, EvaluationPeriod.Month)), (report.From, report.To, report.Cadence));
        Assert.Equal(["Kendra"], agreement.Contacts.Single(c => c.Name == "Amir").TalksTo);
        Assert.Equal(new StrikeRule("marketing", "sales", 3, "the CEO of Company X"), agreement.Consequences.Strikes);
        Assert.Equal([new GoalsMissedInARow(3), new StrikesWithin(3, EvaluationPeriod.Quarter)], agreement.Cancellation.Conditions);
        Assert.Equal((MeetingCadence.Monthly, RevisionCadence.Quarterly), (agreement.Review.Meeting, agreement.Review.Revision));
        Assert.Equal(new ScheduledReview(new NodaTime.LocalDate(2026, 7, 1)), agreement.Review.MidTerm);
        Assert.Equal(new ScheduledReview(null), agreement.Review.AtExpiry);
        Assert.Equal(["Lead", "MQL", "SQL", "Opportunity", "Customer"], agreement.Definitions.Stages);
        Assert.Equal(BuyingRole.DecisionMaker, agreement.Definitions.Personas[0].BuyingRole);
        Assert.Equal("America/New_York", agreement.Calendar!.Zone.Id);
        Assert.Contains(new NodaTime.LocalDate(2026, 11, 26), agreement.Calendar.Holidays);
        Assert.Equal("Winter storm closed the New York office", Assert.Single(agreement.Exclusions).Reason);
        Assert.Single(agreement.CalendarWithExclusions()!.Closures);
        Assert.Equal(GoalDirection.AtMost, agreement.Goals.Single(g => g.Id == "first-follow-up").Direction);
    }

    [Fact]
    public void Parse_CompanyXInternal_ReadsScoringHandOffAssignmentAndRecycling()
    {
        var agreement = AgreementFile.Parse(RepoFiles.AgreementSample("company-x-internal.yaml"), "x.yaml").Value!;

        var scoring = agreement.Scoring!;
        Assert.Equal(["Decision-making executive", "Manager", "Intern"], scoring.Fit.Where(r => r.Property == FitProperty.Persona).Select(r => r.In![0]));
        Assert.Equal(["Companies under 20 employees are not served", "Outside the served region"], scoring.Fit.Select(r => r.Disqualify).OfType<string>());
        Assert.Contains(scoring.Interest, r => r is { Activity: "page_visit", Asset: "/pricing", Group: "web" });
        Assert.Equal(["web", "content", "email"], scoring.Groups.Select(g => g.Name));
        Assert.Equal((60m, (char?)'B'), (agreement.HandOff!.Threshold, agreement.HandOff.MinimumFit));
        Assert.Equal(["demo_request", "assessment", "consultation"], agreement.HandOff.Conversions);
        Assert.Equal((AssignmentMethod.RoundRobin, (int?)40, true), (agreement.Assignment!.Method, agreement.Assignment.Capacity, agreement.Assignment.ReassignOnFirstTouchBreach));
        Assert.Equal((6, "consideration", 10, "awareness"), (agreement.Recycle!.AfterAttempts, agreement.Recycle.AttemptsTrack, agreement.Recycle.AfterBusinessDays, agreement.Recycle.DaysTrack));
    }

    [Fact]
    public void Parse_CloudUptime_OrdersCreditTiersHighestThresholdFirst()
    {
        var agreement = AgreementFile.Parse(RepoFiles.AgreementSample("cloud-uptime.yaml"), "u.yaml").Value!;

        Assert.Equal(["below 99.9% → 10% credit", "below 99% → 25% credit"], agreement.Consequences.Credits.Select(c => c.ToString()));
        Assert.Equal("EUR", agreement.Currency);
        Assert.Null(agreement.Term.Ends);
    }
}
