using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Pactum.Domain.Files;
using Pactum.Domain.Time;

namespace Pactum.Domain.Agreements;

/// <summary>
/// Reads the kinds of values an agreement file holds (text, ids, dates, instants, fractions, positive numbers) from a
/// <see cref="YamlMap"/>. Like <see cref="YamlMap"/>, it never throws for bad input: it records an error with the
/// field's dotted path and returns <see langword="null"/>.
/// </summary>
internal static partial class Field
{
    /// <summary>Text with surrounding blanks removed; blank text counts as absent (an error when required).</summary>
    public static string? Text(YamlMap map, string key, bool required = false)
    {
        var text = map.String(key, required)?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>
    /// An id: lower-case letters, digits and single hyphens (<c>company-x-internal</c>), so that it can appear in
    /// addresses and file names unchanged.
    /// </summary>
    public static string? Slug(YamlMap map, string key)
    {
        var text = Text(map, key, required: true);
        if (text is null || IsSlug(text))
        {
            return text;
        }

        Error(map, key, $"'{text}' is not a valid id; use lower-case letters, digits and hyphens, e.g. company-x-internal");
        return null;
    }

    /// <summary>Whether <paramref name="text"/> is an id (lower-case letters, digits, single inner hyphens).</summary>
    public static bool IsSlug(string text) => SlugPattern().IsMatch(text);

    /// <summary>A calendar date written as YYYY-MM-DD.</summary>
    public static LocalDate? Date(YamlMap map, string key, bool required = false)
    {
        var text = Text(map, key, required);
        if (text is null)
        {
            return null;
        }

        if (DateText.TryParse(text, out var date, out var error))
        {
            return date;
        }

        Error(map, key, error);
        return null;
    }

    /// <summary>An instant written in ISO-8601 with Z or an offset (see <see cref="InstantText"/>).</summary>
    public static Instant? Instant(YamlMap map, string key, bool required = false) =>
        Parsed<Instant>(map, key, required, InstantText.TryParse);

    /// <summary>A share or rate in [0, 1], written as a fraction (<c>0.5</c>) or a percentage (<c>50%</c>).</summary>
    public static decimal? Fraction(YamlMap map, string key, bool required = false) =>
        Parsed<decimal>(map, key, required, Calculator.Fraction.TryParse);

    /// <summary>A number greater than zero, written with a dot (<c>1234.5</c>); thousands separators are allowed.</summary>
    public static decimal? Positive(YamlMap map, string key, bool required = false)
    {
        var text = Text(map, key, required);
        if (text is null)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            var hint = text.EndsWith('%') ? "; write the number alone and its unit in 'unit' ('%')" : " (write it like 1234.5)";
            Error(map, key, $"'{text}' is not a number{hint}");
            return null;
        }

        if (value <= 0)
        {
            Error(map, key, $"must be a positive number (got {text})");
            return null;
        }

        return value;
    }

    /// <summary>A whole number of at least 1.</summary>
    public static int? Count(YamlMap map, string key, bool required = false)
    {
        var value = map.Int(key, required);
        if (value is <= 0)
        {
            Error(map, key, $"must be a whole number of at least 1 (got {value})");
            return null;
        }

        return value;
    }

    /// <summary>A length of elapsed time, e.g. <c>30 days</c> or <c>12 hours</c> (see <see cref="DurationText"/>).</summary>
    public static Duration? Duration(YamlMap map, string key) =>
        Parsed<Duration>(map, key, false, DurationText.TryParse);

    /// <summary><c>true</c> or <c>false</c> (any case).</summary>
    public static bool? Bool(YamlMap map, string key)
    {
        var text = Text(map, key);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Error(map, key, $"'{text}' is not true or false");
        return null;
    }

    /// <summary>
    /// One e-mail address by <see cref="Agreements.EmailAddress"/>'s strict rule; an error names the problem and ends
    /// with <paramref name="hint"/> (what to write instead).
    /// </summary>
    public static string? EmailAddress(YamlMap map, string key, string hint, bool required = false)
    {
        var text = Text(map, key, required);
        if (text is null || Agreements.EmailAddress.Problem(text) is not { } problem)
        {
            return text;
        }

        Error(map, key, $"'{text}' is not an e-mail address: {problem}; {hint}");
        return null;
    }

    /// <summary>An absolute <c>http</c> or <c>https</c> address.</summary>
    public static Uri? HttpUrl(YamlMap map, string key, bool required = false)
    {
        var text = Text(map, key, required);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            return url;
        }

        Error(map, key, $"'{text}' is not an http or https address, e.g. https://hooks.example.com/pactum");
        return null;
    }

    /// <summary>
    /// One or more texts: a single value (<c>owns: lead goal</c>) or a list (<c>owns: [lead goal, reports]</c>), each
    /// with its node so that later checks can point at it. Absent is an empty list.
    /// </summary>
    public static IReadOnlyList<(string Text, YamlItem Item)> Texts(YamlMap map, string key)
    {
        if (map.Get(key) is YamlDotNet.RepresentationModel.YamlScalarNode scalar)
        {
            var single = scalar.Value?.Trim();
            return string.IsNullOrEmpty(single) ? [] : [(single, new YamlItem(scalar, map.FieldPath(key), map.Errors))];
        }

        var texts = new List<(string, YamlItem)>();
        foreach (var item in map.List(key))
        {
            var text = item.AsString()?.Trim();
            if (text is null)
            {
                continue;
            }

            if (text.Length == 0)
            {
                item.Error("must not be empty");
                continue;
            }

            texts.Add((text, item));
        }

        return texts;
    }

    /// <summary>
    /// The texts under <paramref name="key"/> (see <see cref="Texts"/>), each read by <paramref name="read"/> (which
    /// returns the value to keep, or null after recording why it is wrong) and kept once: a value listed twice
    /// (ignoring case) is an error naming it as <paramref name="what"/>.
    /// </summary>
    public static List<string> DistinctTexts(YamlMap map, string key, string what, Func<string, YamlItem, string?> read)
    {
        var values = new List<string>();
        foreach (var (text, item) in Texts(map, key))
        {
            if (values.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                item.Error($"{what} '{text}' is listed twice; each {what} appears once");
            }
            else if (read(text, item) is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }

    /// <summary>
    /// The mapping under <paramref name="key"/> with every key outside <paramref name="keys"/> reported; null when it
    /// is absent (an error when required) or not a mapping.
    /// </summary>
    public static YamlMap? Section(YamlMap map, string key, string[] keys, bool required = false)
    {
        var section = map.Map(key, required);
        section?.RejectUnknownKeys(keys);
        return section;
    }

    /// <summary>
    /// The mappings listed under <paramref name="key"/>, each with every key outside <paramref name="keys"/>
    /// reported; an item that is not a mapping is reported and left out.
    /// </summary>
    public static IEnumerable<YamlMap> Items(YamlMap map, string key, string[] keys, bool required = false)
    {
        foreach (var item in map.List(key, required))
        {
            if (item.AsMap() is { } itemMap)
            {
                itemMap.RejectUnknownKeys(keys);
                yield return itemMap;
            }
        }
    }

    /// <summary>Records an error at the value under <paramref name="key"/> (or at the mapping when it is absent).</summary>
    public static void Error(YamlMap map, string key, string message) =>
        map.Errors.Add(map.Get(key) ?? map.Node, map.FieldPath(key), message);

    /// <summary><c> (did you mean 'x'?)</c> for the candidate closest to <paramref name="word"/>, or empty.</summary>
    public static string Suggest(string word, IEnumerable<string> candidates) =>
        Spelling.Closest(word, candidates) is { } suggestion ? $" (did you mean '{suggestion}'?)" : "";

    /// <summary>
    /// The text under <paramref name="key"/> read by <paramref name="parse"/>; its error message is recorded when the
    /// text does not parse.
    /// </summary>
    private static T? Parsed<T>(YamlMap map, string key, bool required, TryParser<T> parse)
        where T : struct
    {
        var text = Text(map, key, required);
        if (text is null)
        {
            return null;
        }

        if (parse(text, out var value, out var error))
        {
            return value;
        }

        Error(map, key, error);
        return null;
    }

    /// <summary>
    /// The optional mapping under <paramref name="key"/> read by <paramref name="read"/> (unknown keys reported),
    /// or an empty <typeparamref name="T"/> when it is absent or not a mapping.
    /// </summary>
    public static T Optional<T>(YamlMap map, string key, string[] keys, Func<YamlMap, T> read)
        where T : new() =>
        Section(map, key, keys) is { } section ? read(section) : new T();

    /// <summary>A parser in the shape of <see cref="InstantText.TryParse"/>: a value, or a message saying what was expected.</summary>
    private delegate bool TryParser<T>(string text, out T value, out string error);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
