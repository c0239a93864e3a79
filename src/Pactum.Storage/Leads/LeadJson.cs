using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Pactum.Domain.Leads;

namespace Pactum.Storage.Leads;

/// <summary>The projected lead as stored in <c>leads.state</c>: JSON with instants as ISO-8601 text and enums by name.</summary>
public static class LeadJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new InstantConverter(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The lead as JSON.</summary>
    public static string Write(Lead lead) => JsonSerializer.Serialize(lead, Options);

    /// <summary>The lead stored as <paramref name="json"/>.</summary>
    public static Lead Read(string json) => JsonSerializer.Deserialize<Lead>(json, Options) ?? throw new InvalidDataException("A stored lead is empty.");

    private sealed class InstantConverter : JsonConverter<Instant>
    {
        public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            InstantPattern.ExtendedIso.Parse(reader.GetString() ?? "").GetValueOrThrow();

        public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
            writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
    }
}
