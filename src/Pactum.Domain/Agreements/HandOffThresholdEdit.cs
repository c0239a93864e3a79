using System.Globalization;
using System.Text.RegularExpressions;

namespace Pactum.Domain.Agreements;

/// <summary>
/// Writes a new hand-off threshold into an agreement file's text (SPEC A5, L5) for the next version, touching only the
/// <c>version</c> line and the <c>threshold</c> line of the <c>handOff</c> section, so comments and layout stay as the
/// authors wrote them.
/// </summary>
public static partial class HandOffThresholdEdit
{
    /// <summary>
    /// The text of <paramref name="yaml"/> as version <paramref name="version"/> with <paramref name="threshold"/> as
    /// <c>handOff.threshold</c> (added when the section has none, and the section added when the file has none).
    /// </summary>
    public static string Apply(string yaml, decimal threshold, int version)
    {
        var value = threshold.ToString("0.##", CultureInfo.InvariantCulture);
        var lines = yaml.ReplaceLineEndings("\n").Split('\n').ToList();
        var versionLine = lines.FindIndex(l => VersionLine().IsMatch(l));
        if (versionLine >= 0)
        {
            lines[versionLine] = VersionLine().Replace(lines[versionLine], m => $"{m.Groups[1].Value}{version}");
        }

        var section = lines.FindIndex(l => SectionLine().IsMatch(l));
        if (section < 0)
        {
            if (lines.Count > 0 && lines[^1].Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            lines.AddRange(["", "handOff:", $"  threshold: {value}", ""]);
            return string.Join('\n', lines);
        }

        var end = section + 1;
        while (end < lines.Count && (lines[end].Length == 0 || lines[end][0] == ' ' || lines[end].TrimStart().StartsWith('#')))
        {
            end++;
        }

        var existing = lines.FindIndex(section + 1, end - section - 1, l => ThresholdLine().IsMatch(l));
        if (existing >= 0)
        {
            lines[existing] = ThresholdLine().Replace(lines[existing], m => $"{m.Groups[1].Value}{value}{m.Groups[3].Value}");
        }
        else
        {
            var child = lines.Skip(section + 1).Take(end - section - 1).FirstOrDefault(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));
            var indent = child is null ? "  " : child[..(child.Length - child.TrimStart().Length)];
            lines.Insert(section + 1, $"{indent}threshold: {value}");
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^handOff:\s*(#.*)?$")]
    private static partial Regex SectionLine();

    [GeneratedRegex(@"^(version:\s*)\d+")]
    private static partial Regex VersionLine();

    [GeneratedRegex(@"^(\s+threshold:\s*)([^#\s]+)(\s*(#.*)?)$")]
    private static partial Regex ThresholdLine();
}
