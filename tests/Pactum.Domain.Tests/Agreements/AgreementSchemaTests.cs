using System.Text.Json;
using Pactum.Domain.Agreements;

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
}
