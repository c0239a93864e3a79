using System.Globalization;

namespace Pactum.Domain.Calculator;

/// <summary>
/// Reads a share or rate as people write it: a fraction (<c>0.5</c>) or a percentage (<c>50%</c>). The value is
/// always returned as a fraction between 0 and 1 inclusive; anything else (a bare <c>50</c>, <c>1.5</c>, text) is an
/// error that says what was expected.
/// </summary>
public static class Fraction
{
    /// <summary>
    /// Parses <paramref name="text"/> into a fraction in [0, 1]; false with a reason otherwise. A bare number above 1
    /// is refused with a hint (<c>50</c> → "did you mean 50%?"), because guessing would silently change a goal.
    /// </summary>
    public static bool TryParse(string? text, out decimal fraction, out string error)
    {
        fraction = 0;
        error = "";
        if (!PercentText.TryRead(text, NumberStyles.Number, out var value, out var percent))
        {
            error = $"'{text}' is not a fraction or a percentage (write 0.5 or 50%)";
            return false;
        }

        fraction = percent ? value / 100m : value;
        if (fraction is < 0 or > 1)
        {
            var hint = !percent && value is > 1 and <= 100 ? $"; did you mean {value.ToString(CultureInfo.InvariantCulture)}%?" : "";
            error = $"'{text}' is outside 0–1 (0%–100%){hint}";
            return false;
        }

        fraction = fraction.Normalize();
        return true;
    }

    /// <summary>Removes trailing zeros (0.500 → 0.5) so results print as people write them.</summary>
    public static decimal Normalize(this decimal value) => value / 1.000000000000000000000000000000000m;
}
