using Pactum.Domain.Calculator;

namespace Pactum.Domain.Reports;

/// <summary>
/// Averages and percentiles of a set of figures, the way spreadsheets compute them, so a report and the
/// spreadsheet it replaces agree: the p-th percentile of n sorted values is PERCENTILE.INC, linear interpolation
/// between the values at ranks ⌊p(n−1)⌋ and ⌈p(n−1)⌉ (0-based); the median is the 50th percentile (the mean of the
/// two middle values of an even count). Results are exact decimals rounded to two places, half away from zero.
/// </summary>
public static class Percentiles
{
    /// <summary>The mean of <paramref name="values"/>, or null when there are none.</summary>
    public static decimal? Average(IReadOnlyCollection<decimal> values) =>
        values.Count == 0 ? null : Round(values.Sum() / values.Count);

    /// <summary>The <paramref name="fraction"/>-th percentile (0–1) of <paramref name="sorted"/> (ascending), or null when empty.</summary>
    public static decimal? Of(IReadOnlyList<decimal> sorted, decimal fraction)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = fraction * (sorted.Count - 1);
        var low = (int)decimal.Floor(rank);
        var high = (int)decimal.Ceiling(rank);
        return Round(sorted[low] + ((sorted[high] - sorted[low]) * (rank - low)));
    }

    /// <summary>Rounds a report figure to two decimal places, half away from zero.</summary>
    public static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero).Normalize();

    /// <summary><paramref name="part"/> ÷ <paramref name="whole"/> as a fraction rounded to four places, or null when the whole is zero.</summary>
    public static decimal? Share(long part, long whole) =>
        whole == 0 ? null : decimal.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero).Normalize();
}
