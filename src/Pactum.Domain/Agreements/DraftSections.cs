namespace Pactum.Domain.Agreements;

/// <summary>
/// The steps of drafting an agreement (SPEC A8) and the part of the YAML file each one writes: the summary (id, title,
/// kind, term, summary, parties), goals, requirements, contacts, consequences, cancellation and review; everything
/// else a template holds (definitions, exclusions, clocks, calendar) is carried along unchanged. Joining the parts in
/// step order gives back the file.
/// </summary>
public static class DraftSections
{
    /// <summary>The steps, in order, each with the top-level keys it writes.</summary>
    public static readonly IReadOnlyList<(string Step, string[] Keys)> Steps =
    [
        ("summary", ["id", "title", "kind", "version", "currency", "term", "summary", "parties"]),
        ("goals", ["goals"]),
        ("requirements", ["requirements"]),
        ("contacts", ["contacts"]),
        ("consequences", ["consequences"]),
        ("cancellation", ["cancellation"]),
        ("review", ["review"]),
    ];

    /// <summary>The name of the part that holds every other key.</summary>
    public const string Rest = "rest";

    /// <summary>
    /// Splits <paramref name="yaml"/> into the parts of <see cref="Steps"/> and <see cref="Rest"/>, by top-level key;
    /// comment lines go with the key that follows them, and lines before the first key with the summary.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Split(string yaml)
    {
        var parts = Steps.Select(s => s.Step).Append(Rest).ToDictionary(s => s, _ => new List<string>());
        var pending = new List<string>();
        var current = "summary";
        foreach (var line in yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '#' && line.Contains(':', StringComparison.Ordinal))
            {
                var key = line[..line.IndexOf(':', StringComparison.Ordinal)].Trim();
                current = Steps.FirstOrDefault(s => s.Keys.Contains(key)).Step ?? Rest;
                parts[current].AddRange(pending);
                pending.Clear();
                parts[current].Add(line);
            }
            else if (line.StartsWith('#') || line.Trim().Length == 0)
            {
                pending.Add(line);
            }
            else
            {
                parts[current].AddRange(pending);
                pending.Clear();
                parts[current].Add(line);
            }
        }

        parts[current].AddRange(pending);
        return parts.ToDictionary(p => p.Key, p => string.Join("\n", p.Value).Trim('\n'));
    }

    /// <summary>The file the parts make: each non-empty part in step order, then the rest, separated by a blank line.</summary>
    public static string Join(IReadOnlyDictionary<string, string?> parts) =>
        string.Join("\n\n", Steps.Select(s => s.Step).Append(Rest).Select(s => parts.GetValueOrDefault(s)?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n'))
            .Where(p => !string.IsNullOrWhiteSpace(p))) + "\n";
}
