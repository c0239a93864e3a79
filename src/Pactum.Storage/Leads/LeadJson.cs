using System.Text.Json;
using System.Text.Json.Serialization;
using Pactum.Domain.Leads;

namespace Pactum.Storage.Leads;

/// <summary>The projected lead as stored in <c>leads.state</c>: JSON with instants as ISO-8601 text and enums by name.</summary>
public static class LeadJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new InstantJsonConverter(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The lead as JSON.</summary>
    public static string Write(Lead lead) => JsonSerializer.Serialize(lead, Options);

    /// <summary>The lead stored as <paramref name="json"/>.</summary>
    public static Lead Read(string json) => JsonSerializer.Deserialize<Lead>(json, Options) ?? throw new InvalidDataException("A stored lead is empty.");
}
