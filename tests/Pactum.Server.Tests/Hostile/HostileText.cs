using FsCheck;
using FsCheck.Fluent;

namespace Pactum.Server.Tests.Hostile;

/// <summary>
/// The texts a hostile or careless client sends in a field, a query value or a path segment: a curated corpus (each
/// entry a known way to break a parser, a range check or a page) and strings FsCheck generates from a fixed seed, so
/// every run sends the same cases and a failure can be replayed.
/// </summary>
internal static class HostileText
{
    /// <summary>The seed of the generated strings.</summary>
    public const ulong Seed = 20261203;

    /// <summary>The names of the <see cref="Core"/> entries.</summary>
    private static readonly HashSet<string> CoreNames =
    [
        "empty", "control characters", "100k characters", "year 9999", "negative year", "month 9999-12", "month 13", "NaN", "long overflow",
        "decimal overflow", "SQL drop", "script", "path traversal", "protocol-relative", "unknown zone", "slash", "YAML nested 100,000 deep", "YAML alias bomb",
    ];

    /// <summary>The curated corpus, with a name for each entry (the name is what a failure report shows).</summary>
    public static readonly IReadOnlyList<(string Name, string Value)> Curated =
    [
        ("empty", ""),
        ("blank", "   "),
        ("nul", "\0"),
        ("control characters", "\u0001\u0008\u001b[31m\u007f"),
        ("line breaks", "a\r\nb\nc\rd"),
        ("100k characters", new string('x', 100_000)),
        ("5k accented", new string('é', 5_000)),
        ("year 9999", "9999-12-31T23:59:59Z"),
        ("year 0", "0000-01-01T00:00:00Z"),
        ("negative year", "-0001-01-01T00:00:00Z"),
        ("1899", "1899-12-31T23:59:59Z"),
        ("2200", "2200-01-01T00:00:00Z"),
        ("huge offset", "2026-01-01T00:00:00+99:99"),
        ("month 9999-12", "9999-12"),
        ("month 0000-01", "0000-01"),
        ("month 13", "2026-13"),
        ("month -1", "-1"),
        ("day 30 February", "2026-02-30"),
        ("date 9999-12-31", "9999-12-31"),
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
        ("-Infinity", "-Infinity"),
        ("1e308", "1e308"),
        ("zero", "0"),
        ("int overflow", "2147483648"),
        ("long overflow", "9223372036854775808"),
        ("decimal overflow", "79228162514264337593543950336"),
        ("negative huge", "-99999999999999999999999999999"),
        ("tiny", "0.00000000000000000000000000001"),
        ("percent", "150%"),
        ("SQL", "' OR '1'='1"),
        ("SQL drop", "'; DROP TABLE lead_events; --"),
        ("script", "<script>alert(1)</script>"),
        ("template", "{{7*7}}${7*7}"),
        ("formula", "=cmd|' /C calc'!A0"),
        ("path traversal", "../../../../etc/passwd"),
        ("encoded traversal", "%2e%2e%2f%2e%2e%2f"),
        ("windows path", "..\\..\\windows\\win.ini"),
        ("protocol-relative", "//evil.example/"),
        ("metadata address", "http://169.254.169.254/latest/meta-data/"),
        ("javascript", "javascript:alert(1)"),
        ("right-to-left override", "\u202Eevil\u202C"),
        ("Thai with slash", "ก/ข"),
        ("emoji", "😀👍🏽"),
        ("unknown zone", "Mars/Olympus_Mons"),
        ("YAML opener", "a: [[[[{{"),
        ("YAML nested 100,000 deep", "a: " + new string('[', 100_000)), // the text that overflowed the stack, for every field that may hold YAML
        ("YAML alias bomb", "a: &a [x, x, x, x, x, x, x, x, x]\n" + string.Concat("bcdef".Select((n, i) => $"{n}: &{n} [{string.Join(", ", Enumerable.Repeat($"*{"abcde"[i]}", 9))}]\n"))),
        ("JSON opener", "{\"a\":[1,"),
        ("CSV quote", "\"a,\"\"b"),
        ("true", "true"),
        ("null", "null"),
        ("slash", "a/b"),
        ("question mark", "a?b=c"),
        ("hash", "a#b"),
        ("dot dot", ".."),
    ];

    /// <summary>
    /// The entries every field is tried with: one of each way in (emptiness, control characters, length, instants and
    /// months out of range, numbers out of range, injection, traversal, an unknown zone). Path segments get the whole
    /// corpus; fields get these and a few generated strings of their own, so the suite stays quick as routes grow.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, string Value)> Core = Curated.Where(c => CoreNames.Contains(c.Name)).ToList();


    /// <summary>Strings FsCheck generates (any characters, any length up to about 200) from <see cref="Seed"/>.</summary>
    public static IEnumerable<(string Name, string Value)> Generated(int count, ulong stream = 0) =>
        Gen.Sample(ArbMap.Default.ArbFor<string>().Generator.Where(s => s is not null), count, new Rnd(Seed + stream), 200).Select((s, i) => ($"generated #{stream}.{i}", s));

    /// <summary>The whole curated corpus and <paramref name="generated"/> generated strings.</summary>
    public static IEnumerable<(string Name, string Value)> All(int generated) => Curated.Concat(Generated(generated));

    /// <summary>The core entries and <paramref name="generated"/> strings generated for the field named <paramref name="field"/>.</summary>
    public static IEnumerable<(string Name, string Value)> ForField(string field, int generated) =>
        Core.Concat(Generated(generated, (ulong)StableHash(field)));

    /// <summary>A hash of <paramref name="text"/> that is the same in every process (string.GetHashCode is not).</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
