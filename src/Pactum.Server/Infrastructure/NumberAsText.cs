using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pactum.Server.Infrastructure;

/// <summary>
/// Lets a JSON number stand where the API takes text, so <c>{"quota": 5000, "closeRate": "50%"}</c> works: the API
/// reads amounts and shares as text (a share may be written <c>50%</c>) and checks them itself, field by field.
/// </summary>
internal sealed class NumberAsText : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.HasValueSequence ? Encoding.UTF8.GetString(System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence)) : Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"expected text or a number, not {reader.TokenType}"),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
