using Pactum.Domain.Calendars;
using Pactum.Domain.Files;

namespace Pactum.Domain.Agreements;

/// <summary>
/// Reads agreement files (SPEC A7): YAML text, already read by the caller, into an <see cref="Agreement"/>. Every
/// problem in the file is reported in one pass with the file, line, column, dotted field path (e.g.
/// <c>goals[1].owner</c>) and what was expected, with "did you mean" suggestions for misspelt keys, kinds, periods
/// and references; bad input never throws. The embedded <c>calendar</c> section has the calendar file format and its
/// errors are reported under <c>calendar.</c>.
/// </summary>
/// <remarks>The format is documented for users in docs/agreements.md and described for editors by schemas/agreement.schema.json.</remarks>
public static partial class AgreementFile
{
    /// <summary>Parses the text of an agreement file named <paramref name="fileName"/> (the name only labels errors).</summary>
    public static ParseResult<Agreement> Parse(string text, string fileName)
    {
        var errors = new FileErrors(fileName);
        var root = YamlText.LoadRoot(text, errors);
        var agreement = root is null ? null : Read(root);
        return ParseResult<Agreement>.From(agreement, errors);
    }

    private static Agreement? Read(YamlMap root)
    {
        root.RejectUnknownKeys(AgreementKeys.Top);
        var id = Field.Slug(root, "id");
        var title = Field.Text(root, "title", required: true);
        var kind = AgreementText.Kinds.Read(root, "kind", required: true);
        var version = Field.Count(root, "version", required: true);
        var currency = ReadCurrency(root);
        var term = ReadTerm(root);
        var summary = ReadSummary(root);
        var references = new AgreementReferences();
        var parties = ReadParties(root, kind, references);
        var goals = ReadGoals(root, references);
        var requirements = ReadRequirements(root, references);
        var contacts = ReadContacts(root, references);
        var consequences = ReadConsequences(root, kind, references);
        var cancellation = ReadCancellation(root);
        var review = ReadReview(root, term);
        var definitions = ReadDefinitions(root);
        var exclusions = ReadExclusions(root);
        var clocks = ReadClocks(root, references);
        var scoring = ReadScoring(root);
        var handOff = ReadHandOff(root, scoring);
        var assignment = ReadAssignment(root);
        var recycle = ReadRecycle(root);
        var calendar = root.Map("calendar") is { } calendarMap ? CalendarFile.Read(calendarMap) : null;
        if (root.Has("clocks") && !root.Has("calendar"))
        {
            Field.Error(root, "clocks", "clocks count business time on the agreement's calendar: add a calendar section");
        }
        if (root.Errors.Count > 0 || id is null || title is null || kind is null || version is null || term is null || summary is null)
        {
            return null;
        }

        return new Agreement
        {
            Id = id,
            Title = title,
            Kind = kind.Value,
            Version = version.Value,
            Currency = currency,
            Term = term,
            Summary = summary,
            Parties = parties,
            Goals = goals,
            Requirements = requirements,
            Contacts = contacts,
            Consequences = consequences,
            Cancellation = cancellation,
            Review = review,
            Definitions = definitions,
            Exclusions = exclusions,
            Clocks = clocks,
            Scoring = scoring,
            HandOff = handOff,
            Assignment = assignment,
            Recycle = recycle,
            Calendar = calendar,
        };
    }

    private static string ReadCurrency(YamlMap root)
    {
        var code = Field.Text(root, "currency")?.ToUpperInvariant();
        if (code is null || Currencies.Codes.Contains(code, StringComparer.Ordinal))
        {
            return code ?? "USD";
        }

        Field.Error(root, "currency", $"'{code}' is not an ISO 4217 currency code{Field.Suggest(code, Currencies.Codes)}; write three capital letters such as USD, EUR or GBP");
        return "USD";
    }

    private static AgreementTerm? ReadTerm(YamlMap root)
    {
        var map = Field.Section(root, "term", AgreementKeys.Term, required: true);
        if (map is null)
        {
            return null;
        }

        var starts = Field.Date(map, "starts", required: true);
        var ends = Field.Date(map, "ends");
        if (starts is null)
        {
            return null;
        }

        if (ends < starts)
        {
            Field.Error(map, "ends", $"must be on or after 'starts' ({starts:uuuu-MM-dd}): the term includes both days");
            return null;
        }

        return new AgreementTerm(starts.Value, ends);
    }

    private static AgreementSummary? ReadSummary(YamlMap root)
    {
        var map = Field.Section(root, "summary", AgreementKeys.Summary, required: true);
        if (map is null)
        {
            return null;
        }

        var service = Field.Text(map, "service", required: true);
        var forWhom = Field.Text(map, "forWhom", required: true);
        var measuredBy = Field.Text(map, "measuredBy", required: true);
        return service is null || forWhom is null || measuredBy is null ? null : new AgreementSummary(service, forWhom, measuredBy);
    }
}
