using System.Globalization;

namespace Pactum.Domain.Calculator;

/// <summary>Reads a number that may carry a percent sign, as people type it ("50%", " 99.9 % ", "0.5").</summary>
internal static class PercentText
{
    /// <summary>
    /// The number in <paramref name="text"/> (invariant culture, <paramref name="styles"/>) after trimming spaces and
    /// one trailing <c>%</c>; <paramref name="percent"/> says whether the sign was there. The value is not scaled.
    /// </summary>
    internal static bool TryRead(string? text, NumberStyles styles, out decimal value, out bool percent)
    {
        var trimmed = text?.Trim() ?? "";
        percent = trimmed.EndsWith('%');
        var number = percent ? trimmed[..^1].TrimEnd() : trimmed;
        return decimal.TryParse(number, styles, CultureInfo.InvariantCulture, out value);
    }
}
