using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Pactum.Domain.Files;

/// <summary>
/// A YAML mapping read with its position, so that every value taken from it can be checked and every problem
/// reported with the file, line, column and dotted field path. Reading never throws for bad input: it records an
/// error in <see cref="Errors"/> and returns <see langword="null"/>.
/// </summary>
public sealed class YamlMap
{
    /// <summary>Wraps <paramref name="node"/>, found at <paramref name="path"/> (empty for the root).</summary>
    public YamlMap(YamlMappingNode node, string path, FileErrors errors)
    {
        Node = node;
        Path = path;
        Errors = errors;
    }

    /// <summary>The underlying node.</summary>
    public YamlMappingNode Node { get; }

    /// <summary>The dotted path of this mapping, empty for the file's root.</summary>
    public string Path { get; }

    /// <summary>Where errors go.</summary>
    public FileErrors Errors { get; }

    /// <summary>The keys present, in file order.</summary>
    public IEnumerable<string> Keys => Node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    /// <summary>The dotted path of <paramref name="key"/> inside this mapping.</summary>
    public string FieldPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>Whether <paramref name="key"/> is present.</summary>
    public bool Has(string key) => Node.Children.ContainsKey(new YamlScalarNode(key));

    /// <summary>The node under <paramref name="key"/>, or <see langword="null"/> when absent.</summary>
    public YamlNode? Get(string key) => Node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>
    /// Records an error for every key that is not in <paramref name="known"/>, suggesting the closest known key
    /// (a typo such as <c>mondy</c> is told it may mean <c>monday</c>).
    /// </summary>
    public void RejectUnknownKeys(params string[] known)
    {
        foreach (var (keyNode, _) in Node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (known.Contains(key, StringComparer.Ordinal))
            {
                continue;
            }

            var suggestion = Spelling.Closest(key, known);
            var hint = suggestion is null ? "" : $" (did you mean '{suggestion}'?)";
            Errors.Add(keyNode, FieldPath(key), $"unknown field '{key}'{hint}; expected one of: {string.Join(", ", known)}");
        }
    }

    /// <summary>A scalar string; records an error when required and absent, or when the value is not a scalar.</summary>
    public string? String(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required)
            {
                Errors.Add(Node, FieldPath(key), "is required");
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Errors.Add(node, FieldPath(key), "expected a single value (text or number), not a list or mapping");
            return null;
        }

        if (required && string.IsNullOrWhiteSpace(scalar.Value))
        {
            Errors.Add(node, FieldPath(key), "is required and must not be empty");
            return null;
        }

        return scalar.Value;
    }

    /// <summary>A decimal number written with a dot (invariant culture); records an error when it does not parse.</summary>
    public decimal? Decimal(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Errors.Add(Get(key), FieldPath(key), $"'{text}' is not a number (write it like 1234.5)");
        return null;
    }

    /// <summary>A whole number; records an error when it does not parse.</summary>
    public int? Int(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Errors.Add(Get(key), FieldPath(key), $"'{text}' is not a whole number");
        return null;
    }

    /// <summary>A nested mapping; records an error when required and absent, or when the value is not a mapping.</summary>
    public YamlMap? Map(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required)
            {
                Errors.Add(Node, FieldPath(key), "is required");
            }

            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            Errors.Add(node, FieldPath(key), "expected a mapping of fields (key: value)");
            return null;
        }

        return new YamlMap(mapping, FieldPath(key), Errors);
    }

    /// <summary>
    /// The items of a sequence, each with its dotted path (<c>key[0]</c>, <c>key[1]</c> …); an empty list when the
    /// key is absent (an error when it is required) or not a sequence (an error).
    /// </summary>
    public IReadOnlyList<YamlItem> List(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required)
            {
                Errors.Add(Node, FieldPath(key), "is required");
            }

            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Errors.Add(node, FieldPath(key), "expected a list ([a, b] or one '- item' per line)");
            return [];
        }

        return sequence.Children.Select((child, i) => new YamlItem(child, $"{FieldPath(key)}[{i}]", Errors)).ToList();
    }
}
