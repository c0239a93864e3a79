namespace Pactum.Domain.Agreements;

/// <summary>
/// A readable difference between two versions of an agreement file (SPEC A5): the lines of the new text, each kept,
/// added or removed against the old, by the longest common subsequence of lines (so moved blocks show as removed and
/// added). Unchanged runs longer than the context are collapsed.
/// </summary>
public static class VersionDiff
{
    /// <summary>The lines of the difference from <paramref name="before"/> to <paramref name="after"/>, with <paramref name="context"/> unchanged lines kept around each change.</summary>
    public static IReadOnlyList<DiffLine> Between(string before, string after, int context = 2)
    {
        var a = Lines(before);
        var b = Lines(after);
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var all = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                all.Add(new DiffLine(DiffKind.Kept, a[x], y + 1));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y]))
            {
                all.Add(new DiffLine(DiffKind.Added, b[y], y + 1));
                y++;
            }
            else
            {
                all.Add(new DiffLine(DiffKind.Removed, a[x], null));
                x++;
            }
        }

        var changed = all.Select((l, i) => (l, i)).Where(p => p.l.Kind != DiffKind.Kept).Select(p => p.i).ToList();
        return all.Where((_, i) => changed.Any(c => Math.Abs(c - i) <= context)).ToList();
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
}

/// <summary>One line of a difference: kept, added or removed, with its line number in the new text (null for a removed line).</summary>
public sealed record DiffLine(DiffKind Kind, string Text, int? Line);

/// <summary>How a line changed between two versions.</summary>
public enum DiffKind
{
    /// <summary>In both versions.</summary>
    Kept,
    /// <summary>Only in the new version.</summary>
    Added,
    /// <summary>Only in the old version.</summary>
    Removed,
}
