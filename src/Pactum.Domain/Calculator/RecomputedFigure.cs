namespace Pactum.Domain.Calculator;

/// <summary>
/// One goal input recomputed from a period's actuals (SPEC G3): its value, exact decimal (not rounded; round for
/// display), or — when its denominator is zero — no value and the reason.
/// </summary>
/// <param name="Name">The figure's name (camelCase, as in JSON): closeRate, dealSize, marketingShare, averageSalesCycleDays.</param>
/// <param name="Value">The recomputed value; null exactly when <paramref name="AbsentReason"/> is set.</param>
/// <param name="AbsentReason">Why there is no value, e.g. "no marketing leads in the period"; null when there is one.</param>
public sealed record RecomputedFigure(string Name, decimal? Value, string? AbsentReason)
{
    /// <summary>Whether the figure could be recomputed.</summary>
    public bool IsPresent => Value is not null;

    /// <summary>A figure with a value.</summary>
    public static RecomputedFigure Present(string name, decimal value) => new(name, value, null);

    /// <summary>A figure without a value, and why.</summary>
    public static RecomputedFigure Absent(string name, string reason) => new(name, null, reason);
}
