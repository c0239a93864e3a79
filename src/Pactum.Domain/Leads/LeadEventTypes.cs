using Pactum.Domain.Files;

namespace Pactum.Domain.Leads;

/// <summary>The names event types are written with in files and APIs (snake case), both ways.</summary>
public static class LeadEventTypes
{
    private static readonly Dictionary<LeadEventType, string> Names = Enum.GetValues<LeadEventType>().ToDictionary(t => t, t => LeadNames.SnakeCase(t.ToString()));
    private static readonly Dictionary<string, LeadEventType> ByName = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every type's written name, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = Names.Values.ToList();

    /// <summary>The written name, e.g. <c>handed_off</c>.</summary>
    public static string ToText(this LeadEventType type) => Names[type];

    /// <summary>Reads a written name (case-insensitive); false with a reason (and a suggestion) otherwise.</summary>
    public static bool TryParse(string? text, out LeadEventType type, out string error)
    {
        error = "";
        if (ByName.TryGetValue(text?.Trim() ?? "", out type))
        {
            return true;
        }

        var suggestion = Spelling.Closest(text?.Trim() ?? "", All);
        var hint = suggestion is null ? "" : $" (did you mean '{suggestion}'?)";
        error = $"'{text}' is not an event type{hint}; expected one of: {string.Join(", ", All)}";
        return false;
    }
}
