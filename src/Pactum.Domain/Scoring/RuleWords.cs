using System.Globalization;

namespace Pactum.Domain.Scoring;

/// <summary>The words the plain-language renderings of scoring, hand-off, assignment and recycling rules share.</summary>
internal static class RuleWords
{
    /// <summary>A number as people write it: invariant, no trailing zeros (<c>20</c>, <c>1.25</c>, <c>-10</c>).</summary>
    public static string Number(decimal value) => Calculator.Fraction.Normalize(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>A number with its sign: <c>+20</c>, <c>-10</c>.</summary>
    public static string Signed(decimal value) => value < 0 ? Number(value) : $"+{Number(value)}";

    /// <summary>An activity as words: <c>page_visit</c> is "page visit".</summary>
    public static string Activity(string activity) => activity.Replace('_', ' ').Replace('-', ' ');

    /// <summary>The text with its first letter in upper case.</summary>
    public static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"a", "a or b", "a, b or c".</summary>
    public static string Either(IEnumerable<string> words) => Join(words, "or");

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string All(IEnumerable<string> words) => Join(words, "and");

    /// <summary>A whole count with its noun: "1 attempt", "6 attempts".</summary>
    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString(CultureInfo.InvariantCulture)} {noun}s";

    private static string Join(IEnumerable<string> words, string last)
    {
        var list = words.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} {last} {list[^1]}";
    }
}
