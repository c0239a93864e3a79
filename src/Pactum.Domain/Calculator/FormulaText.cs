using System.Globalization;

namespace Pactum.Domain.Calculator;

/// <summary>How numbers are written in formulas and sentences: invariant culture, never the machine's.</summary>
internal static class FormulaText
{
    /// <summary>More terms than this are written in a sum formula as their total instead of one by one.</summary>
    private const int ListedTerms = 6;

    /// <summary>A number as written in formulas: invariant culture, no trailing zeros, no grouping (5000, 0.5).</summary>
    internal static string N(decimal value) => value.Normalize().ToString(CultureInfo.InvariantCulture);

    /// <summary>A number as written in sentences: grouped thousands, at most two decimals (1,250; 2,629.8).</summary>
    internal static string Grouped(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// A fraction as a whole percentage (1.389 → "139%"); one decimal when the whole number would read as exactly
    /// 100% or 0% without being so (1.001 → "100.1%"), so a sentence never contradicts its verdict.
    /// </summary>
    internal static string Percent(decimal fraction)
    {
        var percent = fraction * 100m;
        var whole = decimal.Round(percent, 0, MidpointRounding.AwayFromZero);
        var exact = whole is 100m or 0m && whole != percent ? decimal.Round(percent, 1, MidpointRounding.AwayFromZero) : whole;
        return $"{Grouped(exact)}%";
    }

    /// <summary>A sum as a formula: its terms for a few ("30 + 40 + 50"), its total for many or none ("1234", "0").</summary>
    internal static string Sum(IReadOnlyList<decimal> terms) =>
        terms.Count is > 0 and <= ListedTerms ? string.Join(" + ", terms.Select(N)) : N(terms.Sum());
}
