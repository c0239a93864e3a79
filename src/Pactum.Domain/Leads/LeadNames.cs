namespace Pactum.Domain.Leads;

/// <summary>
/// The names stages and statuses are written with in files, APIs and URLs: snake case (<c>in_progress</c>,
/// <c>unable_to_qualify</c>, <c>mql</c>).
/// </summary>
public static class LeadNames
{
    /// <summary>The written name of a stage.</summary>
    public static string Of(LifecycleStage stage) => SnakeCase(stage.ToString());

    /// <summary>The written name of a status.</summary>
    public static string Of(LeadStatus status) => SnakeCase(status.ToString());

    /// <summary>Every status's written name, in working-list order.</summary>
    public static IReadOnlyList<string> Statuses { get; } = Enum.GetValues<LeadStatus>().Select(Of).ToList();

    /// <summary>Every stage's written name, in funnel order.</summary>
    public static IReadOnlyList<string> Stages { get; } = Enum.GetValues<LifecycleStage>().Select(Of).ToList();

    /// <summary>Reads a written status name (case-insensitive).</summary>
    public static bool TryParse(string? text, out LeadStatus status) => TryParse(text, Enum.GetValues<LeadStatus>(), Of, out status);

    /// <summary>Reads a written stage name (case-insensitive).</summary>
    public static bool TryParse(string? text, out LifecycleStage stage) => TryParse(text, Enum.GetValues<LifecycleStage>(), Of, out stage);

    /// <summary><c>UnableToQualify</c> → <c>unable_to_qualify</c>.</summary>
    public static string SnakeCase(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static bool TryParse<T>(string? text, T[] values, Func<T, string> name, out T value)
    {
        foreach (var candidate in values)
        {
            if (string.Equals(name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default!;
        return false;
    }
}
