using Pactum.Domain.Files;

namespace Pactum.Domain.Leads.Import;

/// <summary>Checks a CRM export's header row for its required columns.</summary>
internal static class CrmHeader
{
    /// <summary>
    /// Empty when every required column is present (case-insensitive, surrounding spaces ignored); otherwise one
    /// message naming the missing columns (with a suggestion for a misspelt one) and the columns found.
    /// </summary>
    public static IReadOnlyList<string> Check(string export, IReadOnlyList<string> headers, IReadOnlyList<string> required)
    {
        var found = headers.Select(h => h.Trim()).Where(h => h.Length > 0).ToList();
        var missing = required.Where(r => !found.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        var named = missing.Select(m => Spelling.Closest(m, found) is { } close ? $"'{m}' (did you mean '{close}'?)" : $"'{m}'");
        var plural = missing.Count == 1 ? "column" : "columns";
        var has = found.Count == 0 ? "no columns" : string.Join(", ", found.Select(f => $"'{f}'"));
        return [$"The {export} lacks the required {plural} {string.Join(", ", named)}; its header has {has}"];
    }
}
