namespace Pactum.Domain.Calculator;

/// <summary>Rounding a quotient up to a whole customer, lead or rep share, robust to decimal's last digit.</summary>
internal static class WholeNumbers
{
    /// <summary>
    /// Decimal places a quotient is rounded to before rounding up. Far below a cent or a lead, yet enough to absorb
    /// the last-digit error of decimal division: 50 ÷ 0.3333333333333333333333333333 (a close rate of 1/3 carried to
    /// full precision) is 150.00000000000000000000000002, which must stay 150 leads, not become 151.
    /// </summary>
    internal const int QuotientScale = 20;

    /// <summary>⌈<paramref name="quotient"/>⌉ after rounding it to <see cref="QuotientScale"/> decimal places.</summary>
    internal static long Up(decimal quotient) => (long)decimal.Ceiling(decimal.Round(quotient, QuotientScale));
}
