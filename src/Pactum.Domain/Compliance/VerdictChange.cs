namespace Pactum.Domain.Compliance;

/// <summary>
/// How a replay changed one verdict (SPEC P1): the state and value before and after, or a verdict that is new or gone
/// (e.g. after the agreement's term or goals changed).
/// </summary>
/// <param name="GoalId">The goal.</param>
/// <param name="Period">The period.</param>
/// <param name="Before">The stored verdict before the replay, or null when the replay made a new one.</param>
/// <param name="After">The verdict the replay gave, or null when it gives none any more.</param>
public sealed record VerdictChange(string GoalId, PeriodKey Period, GoalVerdict? Before, GoalVerdict? After)
{
    /// <summary>
    /// The verdicts that differ between <paramref name="before"/> and <paramref name="after"/> in state, actual value or
    /// target (matched by goal and period), in goal and period order.
    /// </summary>
    public static IReadOnlyList<VerdictChange> Between(IEnumerable<GoalVerdict> before, IEnumerable<GoalVerdict> after)
    {
        var old = before.ToDictionary(v => (v.GoalId, v.Period));
        var @new = after.ToDictionary(v => (v.GoalId, v.Period));
        return old.Keys.Union(@new.Keys)
            .Select(key => new VerdictChange(key.GoalId, key.Period, old.GetValueOrDefault(key), @new.GetValueOrDefault(key)))
            .Where(c => c.Before is null || c.After is null || c.Before.State != c.After.State || c.Before.Actual != c.After.Actual || c.Before.Target != c.After.Target)
            .OrderBy(c => c.GoalId, StringComparer.Ordinal).ThenBy(c => c.Period.From)
            .ToList();
    }

    /// <summary>The change in words, e.g. <c>qualified-leads 2026-09: missed (93) → met (101)</c>.</summary>
    public string Describe() => $"{GoalId} {Period}: {Text(Before)} → {Text(After)}";

    private static string Text(GoalVerdict? verdict) => verdict is null ? "none"
        : $"{VerdictStates.ToText(verdict.State)} ({(verdict.Actual is { } a ? a.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "nothing measured")})";
}
