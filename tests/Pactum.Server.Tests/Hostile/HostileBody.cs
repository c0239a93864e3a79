using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Pactum.Server.Tests.Hostile;

/// <summary>A request body to send: its name in reports, and how to make its content (a fresh one per request).</summary>
internal sealed record HostileBody(string Name, Func<HttpContent> Content)
{
    /// <summary>Malformed, truncated, deep, huge, empty and wrongly typed bodies of every kind an endpoint may read.</summary>
    public static IEnumerable<HostileBody> Corpus()
    {
        foreach (var (name, text) in JsonTexts())
        {
            yield return Text($"JSON {name}", text, "application/json");
        }

        yield return new HostileBody("JSON invalid UTF-8", () => Bytes([0x5b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x5d], "application/json"));
        foreach (var (name, text) in CsvTexts())
        {
            yield return Text($"CSV {name}", text, "text/csv");
            yield return new HostileBody($"CSV {name} as a form file", () => FileForm(text, "events.csv"));
        }

        foreach (var (name, text) in YamlTexts())
        {
            yield return Text($"YAML {name}", text, "application/yaml");
            yield return Text($"YAML {name} as text/plain (a cross-site form)", text, "text/plain");
            yield return new HostileBody($"YAML {name} as a form file", () => FileForm(text, "agreement.yaml"));
        }

        foreach (var body in Multipart())
        {
            yield return body;
        }

        yield return Text("form with bad escapes", "a=%ZZ&b=%&=&&==", "application/x-www-form-urlencoded");
        yield return Text("form with 5,000 fields", string.Join('&', Enumerable.Range(0, 5_000).Select(i => $"f{i}=x")), "application/x-www-form-urlencoded");
        yield return Text("no content type", "{}", null);
        yield return Text("unknown content type", "<x/>", "application/x-unknown");
    }

    /// <summary>Bodies shaped like <paramref name="type"/> (a JSON object, or an array of them) with one member at a time set to a hostile value.</summary>
    public static IEnumerable<HostileBody> Shaped(Type type, IReadOnlyList<(string Name, string Value)> values)
    {
        var isList = type.IsGenericType && type.GetGenericArguments().Length == 1 && typeof(System.Collections.IEnumerable).IsAssignableFrom(type);
        var element = isList ? type.GetGenericArguments()[0] : type;
        var members = element.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || p.GetMethod is not null).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToList();
        foreach (var member in members)
        {
            foreach (var (name, value) in values)
            {
                var json = JsonSerializer.Serialize(new Dictionary<string, object?> { [member] = value });
                yield return Text($"{element.Name}.{member} = {name}", isList ? $"[{json}]" : json, "application/json");
            }

            yield return Text($"{element.Name}.{member} = a number", Wrap(isList, $"{{\"{member}\": 1e308}}"), "application/json");
            yield return Text($"{element.Name}.{member} = an object", Wrap(isList, $"{{\"{member}\": {{\"x\": [1]}}}}"), "application/json");
            yield return Text($"{element.Name}.{member} = null", Wrap(isList, $"{{\"{member}\": null}}"), "application/json");
        }

        var all = JsonSerializer.Serialize(members.ToDictionary(m => m, _ => (object?)"9999-12-31T23:59:59Z"));
        yield return Text($"{element.Name} with every member out of range", Wrap(isList, all), "application/json");
    }

    private static string Wrap(bool isList, string json) => isList ? $"[{json}]" : json;

    private static IEnumerable<(string, string)> JsonTexts() =>
    [
        ("empty", ""),
        ("null", "null"),
        ("[null]", "[null]"),
        ("[null, {}]", "[null, {}]"),
        ("[]", "[]"),
        ("{}", "{}"),
        ("[{}]", "[{}]"),
        ("string", "\"text\""),
        ("number", "123"),
        ("truncated object", "{\"eventId\": \"e1\", \"leadId\":"),
        ("truncated array", "[{\"a\": 1}, {"),
        ("trailing garbage", "{} xyz"),
        ("nested 100,000 arrays", new string('[', 100_000) + new string(']', 100_000)),
        ("nested 10,000 objects", string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)),
        ("20,000 nulls", "[" + string.Join(',', Enumerable.Repeat("null", 20_000)) + "]"),
        ("wrong member types", "{\"eventId\": 5, \"leadId\": [], \"type\": {}, \"occurredAt\": true}"),
        ("NUL in a value", "{\"eventId\": \"a\\u0000b\"}"),
        ("lone surrogate", "{\"eventId\": \"\\ud800\"}"),
        ("duplicate members", "{\"eventId\": \"a\", \"eventId\": \"b\"}"),
        ("a million-character string", "{\"eventId\": \"" + new string('x', 1_000_000) + "\"}"),
    ];

    private static IEnumerable<(string, string)> CsvTexts()
    {
        const string header = "event_id,lead_id,type,occurred_at,source,owner,persona,amount,channel,outcome,reason";
        return
        [
            ("empty", ""),
            ("byte-order mark only", "\uFEFF"),
            ("header only", header + "\n"),
            ("year 9999 row between good rows", $"{header}\nh1,HL1,lead_created,2026-10-01T10:00:00Z,,,,,,,\nh2,HL1,handed_off,9999-12-31T23:59:59Z,,,,,,,\nh3,HL1,attempt,0000-01-01T00:00:00Z,,,,,,,\n"),
            ("quote left open", $"{header}\n\"h4,HL2,lead_created,2026-10-01T10:00:00Z\n"),
            ("1 MB lead id", $"{header}\nh5,{new string('L', 1_000_000)},lead_created,2026-10-01T10:00:00Z,,,,,,,\n"),
            ("5,000 columns", string.Join(',', Enumerable.Range(0, 5_000).Select(i => $"c{i}")) + "\n" + string.Join(',', Enumerable.Range(0, 5_000)) + "\n"),
            ("binary", "\u0000\u0001\u0002\uFFFD\uFFFE"),
            ("only line breaks", "\r\n\r\n\n\r"),
            ("amount out of range", $"{header}\nh6,HL3,deal_won,2026-10-01T10:00:00Z,,,,1e400,,,\n"),
            ("formula cells", $"{header}\n=1+1,@SUM(A1),lead_created,2026-10-01T10:00:00Z,=cmd,+1,-1,,,,\n"),
        ];
    }

    private static IEnumerable<(string, string)> YamlTexts() =>
    [
        ("empty", ""),
        ("nested 20,000 sequences", "a: " + new string('[', 20_000) + new string(']', 20_000)),
        ("nested 20,000 mappings", "a: " + string.Concat(Enumerable.Repeat("{b: ", 20_000)) + "1" + new string('}', 20_000)),
        ("nested by indentation", string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i) + $"k{i}:\n")) + new string(' ', 2_000) + "v"),
        ("alias bomb", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"),
        ("unknown alias", "a: *nowhere\n"),
        ("tabs", "id:\tx\n\tkind: internal\n"),
        ("two documents", "id: a\n---\nid: b\n"),
        ("a list at the top", "- a\n- b\n"),
        ("tagged object", "id: !!python/object:os.system x\n"),
        ("binary scalar", "id: !!binary AAAA\n"),
        ("1 MB scalar", "id: " + new string('x', 1_000_000) + "\n"),
    ];

    private static IEnumerable<HostileBody> Multipart()
    {
        yield return Text("multipart without a boundary", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nx\r\n--x--\r\n", "multipart/form-data");
        yield return new HostileBody("multipart truncated", () =>
        {
            var content = new StringContent("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\nevent_id,lead", Encoding.UTF8);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
            return content;
        });
        yield return new HostileBody("multipart with a part with no name", () =>
        {
            var content = new StringContent("--b\r\nContent-Type: text/csv\r\n\r\nx\r\n--b--\r\n", Encoding.UTF8);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
            return content;
        });
        yield return new HostileBody("multipart with a 100 KB boundary", () =>
        {
            var boundary = new string('b', 100_000);
            var content = new StringContent($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nx\r\n--{boundary}--\r\n", Encoding.UTF8);
            content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
            return content;
        });
        yield return new HostileBody("multipart with an empty file", () => FileForm("", "empty.csv"));
    }

    private static HostileBody Text(string name, string text, string? contentType) => new(name, () =>
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : new MediaTypeHeaderValue(contentType);
        return content;
    });

    private static ByteArrayContent Bytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    private static MultipartFormDataContent FileForm(string text, string fileName) =>
        new() { { new StringContent(text, Encoding.UTF8), "file", fileName } };
}
