using Pactum.Domain.Files;

namespace Pactum.Domain.Leads.Import;

/// <summary>The values a CRM column allows (labels as the CRM shows them, matched case-insensitively) and what each means.</summary>
internal sealed class CrmValueMap<T>(IReadOnlyList<(string Label, T Meaning)> entries)
{
    private readonly Dictionary<string, T> byLabel = entries.ToDictionary(e => e.Label, e => e.Meaning, StringComparer.OrdinalIgnoreCase);

    /// <summary>The labels, in the CRM's order.</summary>
    public IReadOnlyList<string> Labels { get; } = entries.Select(e => e.Label).ToList();

    /// <summary>What <paramref name="label"/> means; false with the allowed labels (and a suggestion) otherwise.</summary>
    public bool TryRead(string label, out T meaning, out string error)
    {
        error = "";
        if (byLabel.TryGetValue(label.Trim(), out meaning!))
        {
            return true;
        }

        var hint = Spelling.Closest(label.Trim(), Labels) is { } close ? $" (did you mean '{close}'?)" : "";
        error = $"'{label}' is not a known value{hint}; expected one of: {string.Join(", ", Labels)}";
        return false;
    }
}
