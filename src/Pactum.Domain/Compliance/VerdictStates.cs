namespace Pactum.Domain.Compliance;

/// <summary>How verdict states are written in files, the API and storage: <c>on-track</c>, <c>at-risk</c>, <c>met</c>, <c>missed</c>, <c>excluded</c>.</summary>
public static class VerdictStates
{
    private static readonly (VerdictState State, string Text)[] Texts =
        [(VerdictState.OnTrack, "on-track"), (VerdictState.AtRisk, "at-risk"), (VerdictState.Met, "met"), (VerdictState.Missed, "missed"), (VerdictState.Excluded, "excluded")];

    /// <summary>The text of <paramref name="state"/>.</summary>
    public static string ToText(VerdictState state) => Texts.First(t => t.State == state).Text;

    /// <summary>The state <paramref name="text"/> names; throws for text that is not a state (stored text is Pactum's own).</summary>
    public static VerdictState Parse(string text) =>
        Texts.FirstOrDefault(t => t.Text == text) is { Text: not null } found ? found.State : throw new FormatException($"'{text}' is not a verdict state.");
}
