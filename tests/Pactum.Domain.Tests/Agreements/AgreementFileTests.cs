using Pactum.Domain.Agreements;

namespace Pactum.Domain.Tests.Agreements;

/// <summary>Reading agreement files: every problem is reported, in one pass, with line, field and what was expected.</summary>
public sealed class AgreementFileTests
{
    // Lines 1–9: a valid head with two parties.
    private const string Head =
        "id: test\ntitle: Test\nkind: internal\nversion: 1\nterm: { starts: 2026-01-01 }\n"
        + "summary: { service: leads, forWhom: sales, measuredBy: leads a month }\n"
        + "parties:\n  - { id: marketing, name: Marketing }\n  - { id: sales, name: Sales }\n";

    // Lines 10–11: one valid goal.
    private const string Goals =
        "goals:\n  - { id: leads, name: Leads, owner: marketing, metric: qualified leads, target: 100, unit: leads, period: month }\n";

    // Lines 1–11: the smallest valid agreement.
    private const string Valid = Head + Goals;

    [Fact]
    public void Parse_ContactEmailAsAList_KeepsEveryAddressInOrder()
    {
        var parsed = AgreementFile.Parse(Valid + "contacts:\n  - { name: Kendra, party: sales, role: VP, email: [kendra@company-x.example, sales-team@company-x.example] }\n  - { name: Amir, party: marketing, role: VP, email: amir@company-x.example }\n", "test.yaml");

        Assert.True(parsed.IsValid, string.Join("\n", parsed.Errors));
        Assert.Equal(
            [["kendra@company-x.example", "sales-team@company-x.example"], ["amir@company-x.example"]],
            parsed.Value!.Contacts.Select(c => c.Emails.ToArray()).ToArray());
    }

    [Fact]
    public void Parse_SmallestAgreement_IsValidWithDefaults()
    {
        var parsed = AgreementFile.Parse(Valid, "test.yaml");

        Assert.True(parsed.IsValid, string.Join("\n", parsed.Errors));
        var agreement = parsed.Value!;
        Assert.Equal(("test", "USD", 1), (agreement.Id, agreement.Currency, agreement.Version));
        Assert.Null(agreement.Calendar);
        Assert.True(agreement.Consequences.IsEmpty && agreement.Cancellation.IsEmpty && agreement.Review.IsEmpty && agreement.Definitions.IsEmpty);
    }

    [Fact]
    public void Parse_ServerBrokenExample_ReportsKindAndVersionAtTheirLines()
    {
        var parsed = AgreementFile.Parse("id: broken\ntitle: Broken\nkind: internall\nversion: one\n", "broken.yaml");

        Assert.False(parsed.IsValid);
        Assert.All(parsed.Errors, e => Assert.Equal("broken.yaml", e.File));
        var kind = Assert.Single(parsed.Errors, e => e.Field == "kind");
        Assert.Equal(3, kind.Line);
        Assert.Contains("did you mean 'internal'?", kind.Message, StringComparison.Ordinal);
        var version = Assert.Single(parsed.Errors, e => e.Field == "version");
        Assert.Equal(4, version.Line);
        Assert.Contains("not a whole number", version.Message, StringComparison.Ordinal);
        Assert.Equal(["term", "summary", "parties", "goals"], parsed.Errors.Where(e => e.Message == "is required").Select(e => e.Field));
    }

    [Theory]
    // a misspelt top-level key
    [InlineData(Valid + "reviw: { meeting: monthly }\n", 12, "reviw", "did you mean 'review'?")]
    // a misspelt key inside a goal
    [InlineData(Head + "goals:\n  - { id: leads, name: Leads, owner: marketing, metric: m, target: 1, unit: u, perod: month }\n", 11, "goals[0].perod", "did you mean 'period'?")]
    // a goal owner that names no party
    [InlineData(Head + "goals:\n  - { id: leads, name: Leads, owner: marketting, metric: m, target: 1, unit: u, period: month }\n", 11, "goals[0].owner", "'marketting' names no party (did you mean 'marketing'?); expected one of: marketing, sales, shared")]
    // a misspelt period
    [InlineData(Head + "goals:\n  - { id: leads, name: Leads, owner: sales, metric: m, target: 1, unit: u, period: mnth }\n", 11, "goals[0].period", "did you mean 'month'?")]
    // both a written target and calculator inputs
    [InlineData(Head + "goals:\n  - id: leads\n    name: Leads\n    owner: marketing\n    metric: m\n    period: month\n    target: 100\n    derive: { quota: 5000, marketingShare: 1, dealSize: 100, closeRate: 0.5 }\n", 17, "goals[0].derive", "not both")]
    // neither a target nor calculator inputs
    [InlineData(Head + "goals:\n  - { id: leads, name: Leads, owner: marketing, metric: m, period: month }\n", 11, "goals[0].target", "is required: write 'target'")]
    // a target of zero
    [InlineData(Head + "goals:\n  - { id: leads, name: Leads, owner: marketing, metric: m, target: 0, unit: u, period: month }\n", 11, "goals[0].target", "must be a positive number")]
    // a target written with its unit
    [InlineData(Head + "goals:\n  - { id: up, name: Up, owner: marketing, metric: m, target: 99.9%, unit: \"%\", period: month }\n", 11, "goals[0].target", "write the number alone")]
    // a close rate written as a bare 50
    [InlineData(Head + "goals:\n  - id: leads\n    name: Leads\n    owner: marketing\n    metric: m\n    period: month\n    derive: { quota: 5000, marketingShare: 1, dealSize: 100, closeRate: 50 }\n", 16, "goals[0].derive.closeRate", "did you mean 50%?")]
    // calculator inputs that derive no lead at all
    [InlineData(Head + "goals:\n  - id: leads\n    name: Leads\n    owner: marketing\n    metric: m\n    period: month\n    derive: { quota: 5000, marketingShare: 0%, dealSize: 100, closeRate: 50% }\n", 16, "goals[0].derive", "target of 0 leads")]
    // a deal size of zero
    [InlineData(Head + "goals:\n  - id: leads\n    name: Leads\n    owner: marketing\n    metric: m\n    period: month\n    derive: { quota: 5000, marketingShare: 1, dealSize: 0, closeRate: 0.5 }\n", 16, "goals[0].derive.dealSize", "must be greater than 0")]
    // two goals with one id
    [InlineData(Valid + "  - { id: leads, name: Again, owner: sales, metric: m, target: 1, unit: u, period: week }\n", 12, "goals[1].id", "used twice (first on line 11)")]
    // an empty goal list
    [InlineData(Head + "goals: []\n", 10, "goals", "at least one goal")]
    // an id that is not a slug
    [InlineData("id: Company X\n" + "title: T\n", 1, "id", "lower-case letters, digits and hyphens")]
    // a currency written as a word
    [InlineData(Valid + "currency: dollar\n", 12, "currency", "three capital letters such as USD")]
    // a misspelt currency code
    [InlineData(Valid + "currency: USDD\n", 12, "currency", "did you mean 'USD'?")]
    // a requirement from a party to itself
    [InlineData(Valid + "requirements:\n  - { from: sales, to: sales, what: reports }\n", 13, "requirements[0].to", "must be another party than 'from'")]
    // a cadence word that does not exist
    [InlineData(Valid + "requirements:\n  - { from: sales, to: marketing, what: reports, cadence: weekley }\n", 13, "requirements[0].cadence", "did you mean 'weekly'?")]
    // a cadence with a count of zero
    [InlineData(Valid + "requirements:\n  - { from: sales, to: marketing, what: reports, cadence: { count: 0, per: month } }\n", 13, "requirements[0].cadence.count", "at least 1")]
    // a contact who talks to someone who is not a contact
    [InlineData(Valid + "contacts:\n  - { name: Amir, party: marketing, role: director, talksTo: [Kendre] }\n  - { name: Kendra, party: sales, role: director }\n", 13, "contacts[0].talksTo[0]", "'Kendre' names no contact (did you mean 'Kendra'?)")]
    // a contact of a party that does not exist
    [InlineData(Valid + "contacts:\n  - { name: Joan, party: service, role: VP }\n", 13, "contacts[0].party", "names no party")]
    // a contact's e-mail without an @
    [InlineData(Valid + "contacts:\n  - { name: Joan, party: sales, role: VP, email: joan.example }\n", 13, "contacts[0].email", "not an e-mail address")]
    // two addresses run together with a comma: refused, never split into two
    [InlineData(Valid + "contacts:\n  - { name: Kendra, party: sales, role: VP, email: 'kendra,x@company-x.example' }\n", 13, "contacts[0].email", "holds more than one address")]
    // two addresses separated by a semicolon, on a line of their own
    [InlineData(Valid + "contacts:\n  - name: Kendra\n    party: sales\n    role: VP\n    email: a@b.example; d@e.example\n", 16, "contacts[0].email", "several as a YAML list")]
    // a list with one bad address: the item is named
    [InlineData(Valid + "contacts:\n  - { name: Kendra, party: sales, role: VP, email: [k@company-x.example, 'x,y@z.example'] }\n", 13, "contacts[0].email[1]", "holds more than one address")]
    // the same address listed twice
    [InlineData(Valid + "contacts:\n  - { name: Kendra, party: sales, role: VP, email: [k@company-x.example, K@company-x.example] }\n", 13, "contacts[0].email[1]", "listed twice")]
    // a strike rule naming an unknown party
    [InlineData(Valid + "consequences:\n  strikes: { diagnosedBy: marketing, fixedBy: saless, beforeEscalation: 3 }\n", 13, "consequences.strikes.fixedBy", "did you mean 'sales'?")]
    // service credits in an internal agreement
    [InlineData(Valid + "consequences:\n  credits: [{ goal: leads, below: 99%, credit: 10% }]\n", 13, "consequences.credits", "customer agreements only")]
    // a condition with both kinds of trigger
    [InlineData(Valid + "cancellation:\n  conditions: [{ goalsMissedInARow: 3, strikes: 3 }]\n", 13, "cancellation.conditions[0]", "exactly one condition")]
    // a strikes condition within a misspelt period
    [InlineData(Valid + "cancellation:\n  conditions: [{ strikes: 3, within: quater }]\n", 13, "cancellation.conditions[0].within", "did you mean 'quarter'?")]
    // a revision cadence that does not exist
    [InlineData(Valid + "review: { meeting: monthly, revision: biannual }\n", 12, "review.revision", "expected one of: quarterly, semiannual, yearly")]
    // a mid-term review that is neither a boolean nor a date
    [InlineData(Valid + "review: { midTermReview: sometimes }\n", 12, "review.midTermReview", "neither true, false nor a date")]
    // a persona whose buying role is misspelt
    [InlineData(Valid + "definitions:\n  personas: [{ name: CEO, decisionMaker: decision-makr }]\n", 13, "definitions.personas[0].decisionMaker", "did you mean 'decision-maker'?")]
    // a sales stage listed twice
    [InlineData(Valid + "definitions:\n  stages: [Lead, MQL, Lead]\n", 13, "definitions.stages[2]", "listed twice")]
    // an exclusion that ends before it starts
    [InlineData(Valid + "exclusions:\n  - { from: 2026-02-03T00:00:00Z, to: 2026-02-02T00:00:00Z, reason: storm }\n", 13, "exclusions[0].to", "must be after 'from'")]
    // an exclusion without its reason
    [InlineData(Valid + "exclusions:\n  - { from: 2026-02-02T00:00:00Z, to: 2026-02-03T00:00:00Z }\n", 13, "exclusions[0].reason", "is required")]
    // an exclusion in local time without an offset
    [InlineData(Valid + "exclusions:\n  - { from: 2026-02-02T09:00:00, to: 2026-02-03T00:00:00Z, reason: storm }\n", 13, "exclusions[0].from", "with Z or an offset")]
    // a calendar error inside the agreement carries the calendar. prefix and its own line
    [InlineData(Valid + "calendar:\n  timeZone: America/New_Yrok\n  hours:\n    monday: [\"09:00-17:00\"]\n", 13, "calendar.timeZone", "did you mean 'America/New_York'?")]
    // a bad interval inside the embedded calendar
    [InlineData(Valid + "calendar:\n  timeZone: UTC\n  hours:\n    monday: [\"09:00-25:00\"]\n", 15, "calendar.hours.monday[0]", "not HH:mm")]
    public void Parse_InvalidAgreement_NamesLineFieldAndProblem(string yaml, int line, string field, string message)
    {
        var parsed = AgreementFile.Parse(yaml, "sla.yaml");

        Assert.False(parsed.IsValid);
        var error = Assert.Single(parsed.Errors, e => e.Field == field);
        Assert.Equal((line, "sla.yaml"), (error.Line, error.File));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // a term that ends before it starts
    [InlineData("term: { starts: 2026-01-01 }", "term: { starts: 2026-01-01, ends: 2025-12-31 }", 5, "term.ends", "must be on or after 'starts' (2026-01-01)")]
    // a term without its start
    [InlineData("term: { starts: 2026-01-01 }", "term: { ends: 2026-12-31 }", 5, "term.starts", "is required")]
    // a version of zero
    [InlineData("version: 1", "version: 0", 4, "version", "at least 1")]
    // the summary without how success is measured
    [InlineData(", measuredBy: leads a month", "", 6, "summary.measuredBy", "is required")]
    // the reserved word as a party id
    [InlineData("id: sales,", "id: shared,", 9, "parties[1].id", "reserved")]
    // two parties with one id
    [InlineData("id: sales,", "id: marketing,", 9, "parties[1].id", "used twice (first on line 8)")]
    // a role in an internal agreement
    [InlineData("name: Sales }", "name: Sales, role: customer }", 9, "parties[1].role", "customer agreements only")]
    public void Parse_ValidAgreementChanged_NamesLineFieldAndProblem(string find, string replace, int line, string field, string message)
    {
        var parsed = AgreementFile.Parse(Valid.Replace(find, replace, StringComparison.Ordinal), "sla.yaml");

        var error = Assert.Single(parsed.Errors, e => e.Field == field);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // a multi-level agreement with only two parties
    [InlineData("multi-level", "at least three parties")]
    // a customer agreement whose parties have no roles
    [InlineData("customer", "is required")]
    public void Parse_PartiesUnfitForKind_SaysWhatTheKindNeeds(string kind, string message)
    {
        var parsed = AgreementFile.Parse(Valid.Replace("kind: internal", $"kind: {kind}", StringComparison.Ordinal), "sla.yaml");

        Assert.Contains(parsed.Errors, e => e.Field.StartsWith("parties", StringComparison.Ordinal) && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_CustomerWithTwoProviders_NeedsOneOfEach()
    {
        var yaml = Valid
            .Replace("kind: internal", "kind: customer", StringComparison.Ordinal)
            .Replace("name: Marketing }", "name: Marketing, role: provider }", StringComparison.Ordinal)
            .Replace("name: Sales }", "name: Sales, role: provider }", StringComparison.Ordinal);

        var error = Assert.Single(AgreementFile.Parse(yaml, "sla.yaml").Errors);

        Assert.Equal(("parties", 8), (error.Field, error.Line));
        Assert.Contains("one with role provider and one with role customer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ManyProblems_ReportsEveryOneInFileOrder()
    {
        const string yaml = Head
            + "goals:\n  - { id: leads, name: Leads, owner: nobody, metric: m, target: -1, unit: u, period: month }\n"
            + "contacts:\n  - { name: Amir, party: marketing, role: director, talksTo: [Nobody] }\n"
            + "exclusions:\n  - { from: 2026-02-03T00:00:00Z, to: 2026-02-02T00:00:00Z }\n";

        var parsed = AgreementFile.Parse(yaml, "sla.yaml");

        Assert.Equal(
            ["goals[0].owner", "goals[0].target", "contacts[0].talksTo[0]", "exclusions[0].reason", "exclusions[0].to"],
            parsed.Errors.Select(e => e.Field));
    }

    [Theory]
    // sections of the wrong shape: a list where a mapping belongs and the other way round
    [InlineData("goals: [1, 2]\nparties: 5\nterm: x\nsummary: [a]\nkind: [internal]\nversion: {a: 1}\n", 9)]
    // goals whose target or inputs have the wrong shape
    [InlineData("goals:\n  - { id: l, derive: 5 }\n  - { id: m, derive: [1] }\n  - { id: n, target: , unit: }\n", 23)]
    // cadences of the wrong shape, and a requirement that is a bare word
    [InlineData("requirements:\n  - { cadence: [1] }\n  - { cadence: { count: x, per: 5, z: 1 } }\n  - cadence\n", 19)]
    // contacts with lists inside lists, a mapping for talksTo and a bare @ as e-mail
    [InlineData("contacts:\n  - { name: [a], owns: [[a]], talksTo: { a: b }, email: '@' }\n  - { talksTo: a }\n", 17)]
    // every optional section as a scalar
    [InlineData("consequences: 5\ncancellation: [1]\nreview: x\ndefinitions: 3\nexclusions: { a: 1 }\ncalendar: 5\n", 14)]
    // consequences, conditions and reviews of the wrong shape, and 30 February
    [InlineData("consequences:\n  strikes: [1]\n  credits: { a: 1 }\ncancellation:\n  conditions: [1, {}, { strikes: x, within: [1] }]\nreview: { midTermReview: [1], expiryReview: 2026-02-30 }\n", 16)]
    // calculator inputs so extreme that the calculation overflows
    [InlineData("goals:\n  - { id: l, name: L, owner: x, metric: m, period: month, derive: { quota: 79000000000000000000000000000, marketingShare: 1, dealSize: 0.0001, closeRate: 0.5 } }\n", 9)]
    // a key that is itself a list
    [InlineData("? [a]\n: b\n", 9)]
    public void Parse_OddShapes_ReportsEveryProblemWithoutThrowing(string yaml, int errors)
    {
        var parsed = AgreementFile.Parse(yaml, "odd.yaml");

        Assert.Equal(errors, parsed.Errors.Count);
        Assert.All(parsed.Errors, e => Assert.True(e.File == "odd.yaml" && e.Line > 0 && e.Message.Length > 0, e.ToString()));
    }

    [Fact]
    public void Parse_NotYaml_ReportsOneErrorAndDoesNotThrow()
    {
        var parsed = AgreementFile.Parse("id: x\ngoals: [unclosed\n", "sla.yaml");

        Assert.Contains("not valid YAML", Assert.Single(parsed.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    // every kind round-trips through its file word
    [InlineData(AgreementKind.Customer, "customer")]
    [InlineData(AgreementKind.Internal, "internal")]
    [InlineData(AgreementKind.MultiLevel, "multi-level")]
    public void ToFileText_EveryKind_IsTheWordFilesUse(AgreementKind kind, string text)
    {
        Assert.Equal(text, kind.ToFileText());
        Assert.True(AgreementKindText.TryParse(text, out var parsed));
        Assert.Equal(kind, parsed);
    }
}
