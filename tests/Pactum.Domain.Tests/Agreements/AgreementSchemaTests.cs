using System.Text.Json;
using Pactum.Domain.Agreements;
using Pactum.Domain.Assignment;
using Pactum.Domain.Scoring;

namespace Pactum.Domain.Tests.Agreements;

/// <summary>The JSON Schema editors use for agreement files says exactly what the reader accepts.</summary>
public sealed class AgreementSchemaTests
{
    private static readonly Lazy<JsonElement> Schema = new(() => JsonDocument.Parse(RepoFiles.Read("schemas/agreement.schema.json")).RootElement);

    public static TheoryData<string, string[]> Sections => new()
    {
        // the top of the file
        { "", AgreementKeys.Top },
        // each goal
        { "$defs.goal", AgreementKeys.Goal },
        // a goal's calculator inputs
        { "$defs.goal.properties.derive", AgreementKeys.Derive },
        // the other sections, so that no key is accepted by one and unknown to the other
        { "$defs.term", AgreementKeys.Term },
        { "$defs.summary", AgreementKeys.Summary },
        { "$defs.party", AgreementKeys.Party },
        { "$defs.requirement", AgreementKeys.Requirement },
        { "$defs.contact", AgreementKeys.Contact },
        { "$defs.consequences", AgreementKeys.Consequences },
        { "$defs.consequences.properties.strikes", AgreementKeys.Strikes },
        { "$defs.review", AgreementKeys.Review },
        { "$defs.cancellation", AgreementKeys.Cancellation },
        { "$defs.definitions", AgreementKeys.Definitions },
        { "$defs.exclusion", AgreementKeys.Exclusion },
        { "$defs.clock", AgreementKeys.Clock },
        // lead scoring, hand-off, assignment and recycling (SPEC L4–L6)
        { "$defs.scoring", AgreementKeys.Scoring },
        { "$defs.fitRule", AgreementKeys.FitRule },
        { "$defs.interestRule", AgreementKeys.InterestRule },
        { "$defs.interestGroup", AgreementKeys.InterestGroup },
        { "$defs.scoring.properties.grades", AgreementKeys.Grades },
        { "$defs.handOff", AgreementKeys.HandOff },
        { "$defs.assignment", AgreementKeys.Assignment },
        { "$defs.recycle", AgreementKeys.Recycle },
        { "$defs.recycle.properties.afterAttempts", AgreementKeys.AfterAttempts },
        { "$defs.recycle.properties.afterBusinessDays", AgreementKeys.AfterBusinessDays },
    };

    [Fact]
    public void Schema_File_IsJsonSchemaDraft202012()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.Value.GetProperty("$schema").GetString());
        Assert.False(Schema.Value.GetProperty("additionalProperties").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Schema_Section_HasExactlyTheKeysTheReaderAccepts(string path, string[] keys)
    {
        var section = path.Split('.', StringSplitOptions.RemoveEmptyEntries).Aggregate(Schema.Value, (node, name) => node.GetProperty(name));

        var properties = section.GetProperty("properties").EnumerateObject().Select(p => p.Name);

        Assert.Equal(keys, properties);
        Assert.False(section.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Schema_Kind_ListsTheWordsTheReaderAccepts()
    {
        var kinds = Schema.Value.GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString());

        Assert.Equal(Enum.GetValues<AgreementKind>().Select(k => k.ToFileText()), kinds);
    }

    [Fact]
    public void Schema_GoalPeriod_ListsTheWordsTheReaderAccepts()
    {
        var periods = Schema.Value.GetProperty("$defs").GetProperty("goal").GetProperty("properties").GetProperty("period").GetProperty("enum").EnumerateArray().Select(e => e.GetString());

        Assert.Equal(Enum.GetValues<EvaluationPeriod>().Select(p => p.ToFileText()), periods);
    }

    [Fact]
    public void Schema_ScoringWords_ListTheWordsTheReaderAccepts()
    {
        var defs = Schema.Value.GetProperty("$defs");
        string?[] Words(JsonElement node) => node.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToArray();

        Assert.Equal(Enum.GetValues<FitProperty>().Select(p => p.ToFileText()), Words(defs.GetProperty("fitRule").GetProperty("properties").GetProperty("property")));
        Assert.Equal(Enum.GetValues<AssignmentMethod>().Select(m => m.ToFileText()), Words(defs.GetProperty("assignment").GetProperty("properties").GetProperty("method")));
        Assert.Equal<string?>(HandOffRules.CarryNames, Words(defs.GetProperty("handOff").GetProperty("properties").GetProperty("carry").GetProperty("items")));
    }
}
