using Pactum.Domain.Assignment;
using Pactum.Domain.Scoring;

namespace Pactum.Domain.Tests.Scoring;

/// <summary>Scoring, hand-off, assignment and recycling rules in plain words for the agreement page.</summary>
public sealed class RuleTextTests
{
    [Fact]
    public void Lines_ScoringRules_SayEveryRuleAndTheGrades()
    {
        Assert.Equal(
            [
                "Leads whose persona is Decision-making executive: +30 fit",
                "Leads whose seniority is executive or director: +20 fit",
                "Leads whose buying role is decision-maker: +15 fit",
                "Companies with 200 or more employees: +15 fit",
                "Leads whose persona is Intern: -10 fit",
                "Companies with fewer than 20 employees are not handed off: Companies under 20 employees are not served",
                "Leads whose region is not North America are not handed off: Outside the served region",
                "Each page visit: +2 interest (group web: at most 20, halves every 30 days)",
                "Each page visit on /pricing: +8 interest (group web: at most 20, halves every 30 days)",
                "Each content download: +10 interest (group content: halves every 30 days)",
                "Each email click: +3 interest (group email: at most 15, counts for 90 days)",
                "Each webinar: +15 interest",
                "Each demo request: +40 interest",
                "Each unsubscribe: -10 interest",
                "Grades: fit A from 50, B from 25, C below; interest 1 from 40, 2 from 20, 3 below",
            ],
            ScoringText.Lines(ScoringFixture.Rules));
    }

    [Theory]
    // a range of company sizes: below is excluded
    [InlineData(20, 200, "Companies with 20 to 199 employees")]
    [InlineData(null, 50, "Companies with fewer than 50 employees")]
    public void Subject_EmployeesRule_SaysTheRange(int? atLeast, int? below, string subject)
    {
        Assert.Equal(subject, ScoringText.Subject(new FitRule { Property = FitProperty.Employees, AtLeast = atLeast, Below = below, Points = 5 }));
    }

    [Fact]
    public void Subject_NotInSeveral_SaysNoneOf()
    {
        Assert.Equal("Leads whose region is none of Europe and Asia", ScoringText.Subject(new FitRule { Property = FitProperty.Region, NotIn = ["Europe", "Asia"] }));
    }

    [Fact]
    public void Lines_HandOffRules_SayThresholdConversionsAndCarry()
    {
        var rules = new HandOffRules
        {
            Threshold = 60,
            MinimumFit = 'B',
            Conversions = ["demo_request", "assessment", "consultation"],
            Carry = ["source", "persona", "buyingRole"],
        };

        Assert.Equal(
            [
                "A lead is handed off when its score reaches 60 with fit grade B or better",
                "A demo request, assessment or consultation hands a lead off at once, whatever its score",
                "The hand-off carries the lead's source, persona and buying role",
            ],
            HandOffText.Lines(rules));
    }

    [Fact]
    public void Lines_HandOffOnAConversionOnly_SaysJustThat()
    {
        Assert.Equal(["An assessment hands a lead off at once, whatever its score"], HandOffText.Lines(new HandOffRules { Conversions = ["assessment"] }));
    }

    [Fact]
    public void Lines_AssignmentRules_SayMethodCapacityAndReassignment()
    {
        var lines = AssignmentText.Lines(new AssignmentRules { Method = AssignmentMethod.RoundRobin, Capacity = 40, ReassignOnFirstTouchBreach = true });

        Assert.StartsWith("Round-robin: each available rep in turn", lines[0], StringComparison.Ordinal);
        Assert.Equal(
            ["A rep holds at most 40 open leads unless the team page gives them another capacity", "A lead whose first touch is late goes to the next rep, once per hand-off"],
            lines.Skip(1));
    }

    [Fact]
    public void Lines_RecycleRules_SayWhenAndIntoWhichTrack()
    {
        var rules = new RecycleRules { AfterAttempts = 6, AttemptsTrack = "consideration", AfterBusinessDays = 10, DaysTrack = "awareness" };

        Assert.Equal(
            [
                "After 6 attempts without a connection the lead returns to marketing, into the consideration track",
                "After 10 business days from the hand-off without a connection the lead returns to marketing, into the awareness track",
                "Nurture tracks: awareness, consideration, decision",
            ],
            RecycleText.Lines(rules));
    }
}
