using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Clocks;
using Pactum.Domain.Leads;

namespace Pactum.Domain.Tests.Agreements;

/// <summary>Reading the <c>clocks</c> section of an agreement: the common kinds, the general form, and every mistake with its line.</summary>
public sealed class AgreementClocksTests
{
    // Lines 1–11: the smallest valid agreement; line 12 its calendar; line 13 starts the clocks.
    private const string Valid =
        "id: test\ntitle: Test\nkind: internal\nversion: 1\nterm: { starts: 2026-01-01 }\n"
        + "summary: { service: leads, forWhom: sales, measuredBy: leads a month }\n"
        + "parties:\n  - { id: marketing, name: Marketing }\n  - { id: sales, name: Sales }\n"
        + "goals:\n  - { id: leads, name: Leads, owner: marketing, metric: qualified leads, target: 100, unit: leads, period: month }\n"
        + "calendar: { timeZone: America/New_York, hours: { monday: [\"09:00-17:00\"] } }\n"
        + "clocks:\n";

    [Fact]
    public void Parse_CommonAndCustomClocks_ReadsTheirEventsGoalsAndWarnings()
    {
        var parsed = AgreementFile.Parse(Valid
            + "  - { id: first-touch, name: First touch, party: sales, kind: first-touch, goal: 60 minutes, warnAt: 80% }\n"
            + "  - { id: attempts, name: Attempts, party: sales, kind: attempts, attempts: 6, minimumGap: 2 hours, goal: 10 business days }\n"
            + "  - { id: qualify, name: Qualify, party: sales, kind: custom, start: handed_off, stop: [qualified, unqualifiable], pause: nurtured, resume: mql, goal: 8 hours }\n",
            "sla.yaml");

        Assert.True(parsed.IsValid, string.Join("\n", parsed.Errors));
        var clocks = parsed.Value!.Clocks;
        Assert.Equal(["first-touch", "attempts", "qualify"], clocks.Select(c => c.Id));
        Assert.Equal((0.8m, ClockKind.FirstTouch), (clocks[0].WarnShare, clocks[0].Kind));
        Assert.Contains(LeadEventType.Attempt, clocks[0].Stop);
        Assert.Equal((6, Duration.FromHours(2), 10), (clocks[1].Attempts, clocks[1].MinimumGap, clocks[1].Goal.BusinessDays));
        Assert.Equal([LeadEventType.Qualified, LeadEventType.Unqualifiable], clocks[2].Stop.Order());
        Assert.Equal([LeadEventType.Nurtured], clocks[2].Pause);
        Assert.Equal([LeadEventType.Mql], clocks[2].Resume);
        Assert.Equal(0.75m, clocks[2].WarnShare);
    }

    [Theory]
    // a goal in words
    [InlineData("  - { id: c, name: C, party: sales, kind: first-touch, goal: an hour }\n", "clocks[0].goal", "e.g. 60 minutes")]
    // a party the agreement does not have
    [InlineData("  - { id: c, name: C, party: service, kind: first-touch, goal: 60 minutes }\n", "clocks[0].party", "service")]
    // an unknown kind, with a suggestion
    [InlineData("  - { id: c, name: C, party: sales, kind: first-tuch, goal: 60 minutes }\n", "clocks[0].kind", "did you mean 'first-touch'?")]
    // a misspelt event type, with a suggestion
    [InlineData("  - { id: c, name: C, party: sales, kind: custom, start: handed_of, stop: attempt, goal: 60 minutes }\n", "clocks[0].start", "did you mean 'handed_off'?")]
    // a custom clock without stop events
    [InlineData("  - { id: c, name: C, party: sales, kind: custom, start: handed_off, goal: 60 minutes }\n", "clocks[0].stop", "is required for a custom clock")]
    // start events on a common kind
    [InlineData("  - { id: c, name: C, party: sales, kind: first-touch, start: mql, goal: 60 minutes }\n", "clocks[0].start", "write kind: custom")]
    // an attempts clock without its number of attempts
    [InlineData("  - { id: c, name: C, party: sales, kind: attempts, goal: 5 business days }\n", "clocks[0].attempts", "is required")]
    // a minimum gap in business days
    [InlineData("  - { id: c, name: C, party: sales, kind: attempts, attempts: 3, minimumGap: 1 business day, goal: 5 business days }\n", "clocks[0].minimumGap", "minutes or hours")]
    // a warning at the whole goal
    [InlineData("  - { id: c, name: C, party: sales, kind: first-touch, goal: 60 minutes, warnAt: 100% }\n", "clocks[0].warnAt", "both excluded")]
    // a pause without a resume
    [InlineData("  - { id: c, name: C, party: sales, kind: first-touch, goal: 60 minutes, pause: nurtured }\n", "clocks[0].resume", "come together")]
    // a misspelt key
    [InlineData("  - { id: c, name: C, party: sales, kind: first-touch, goal: 60 minutes, warnAtt: 50% }\n", "clocks[0].warnAtt", "did you mean 'warnAt'?")]
    public void Parse_ClockMistake_NamesLineFieldAndProblem(string clock, string field, string message)
    {
        var parsed = AgreementFile.Parse(Valid + clock, "sla.yaml");

        Assert.False(parsed.IsValid);
        var error = Assert.Single(parsed.Errors, e => e.Field == field);
        Assert.Equal(14, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ClocksWithoutACalendar_SaysTheyNeedOne()
    {
        var parsed = AgreementFile.Parse(Valid.Replace("calendar: { timeZone: America/New_York, hours: { monday: [\"09:00-17:00\"] } }\n", "", StringComparison.Ordinal)
            + "  - { id: c, name: C, party: sales, kind: first-touch, goal: 60 minutes }\n", "sla.yaml");

        Assert.Contains("add a calendar section", Assert.Single(parsed.Errors, e => e.Field == "clocks").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TwoClocksWithOneId_SaysWhereTheFirstIs()
    {
        var parsed = AgreementFile.Parse(Valid
            + "  - { id: c, name: C, party: sales, kind: first-touch, goal: 60 minutes }\n"
            + "  - { id: c, name: D, party: sales, kind: accept-or-reject, goal: 8 hours }\n", "sla.yaml");

        Assert.Contains("first on line 14", Assert.Single(parsed.Errors, e => e.Field == "clocks[1].id").Message, StringComparison.Ordinal);
    }
}
