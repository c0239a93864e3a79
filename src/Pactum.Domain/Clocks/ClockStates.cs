using Pactum.Domain.Leads;

namespace Pactum.Domain.Clocks;

/// <summary>The names clock states are written with in the API and files (snake case: <c>met_late</c>).</summary>
public static class ClockStates
{
    /// <summary>The written name of <paramref name="state"/>.</summary>
    public static string ToText(ClockState state) => LeadNames.SnakeCase(state.ToString());

    /// <summary>The state written <paramref name="text"/> (as <see cref="ToText"/> writes it).</summary>
    public static ClockState Parse(string text) =>
        ByText.TryGetValue(text, out var state) ? state : throw new FormatException($"'{text}' is not a clock state.");

    private static readonly Dictionary<string, ClockState> ByText = Enum.GetValues<ClockState>().ToDictionary(ToText);
}
