using System.Globalization;
using static Pactum.Domain.Calculator.FormulaText;

namespace Pactum.Domain.Calculator;

/// <summary>Availability targets ("nines") and the downtime they allow (SPEC G6, I2).</summary>
public static class Uptime
{
    /// <summary>Seconds in a day.</summary>
    public const decimal SecondsPerDay = 86_400m;

    /// <summary>Seconds in a week of 7 days.</summary>
    public const decimal SecondsPerWeek = 7m * SecondsPerDay;

    /// <summary>Seconds in a year of 365.25 days (the average Julian year): 31,557,600.</summary>
    public const decimal SecondsPerYear = 365.25m * SecondsPerDay;

    /// <summary>Seconds in a month, a twelfth of <see cref="SecondsPerYear"/>: 2,629,800.</summary>
    public const decimal SecondsPerMonth = SecondsPerYear / 12m;

    /// <summary>
    /// Reads an availability as people write it (SPEC I2): a number followed by <c>%</c> is a percentage
    /// (<c>99.999%</c>); a bare number above 1 is a percentage too (<c>99.999</c>); a bare number from 0 to 1 is a
    /// fraction (<c>0.99999</c>, and <c>1</c> is 100%). The result is a fraction in [0, 1] without trailing zeros;
    /// otherwise false with an error that says what was expected (not a number, negative, above 100%).
    /// </summary>
    public static bool TryParseAvailability(string? text, out decimal fraction, out string error)
    {
        fraction = 0;
        error = "";
        if (!PercentText.TryRead(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, out var value, out var percent))
        {
            error = $"'{text}' is not an availability (write a percentage such as 99.9 or 99.9%, or a fraction such as 0.999)";
            return false;
        }

        if (value < 0)
        {
            error = $"'{text}' is negative; an availability is from 0% to 100%";
            return false;
        }

        var asPercent = percent || value > 1;
        if (asPercent && value > 100)
        {
            error = $"'{text}' is above 100%; an availability is from 0% to 100% (write 99.9 or 99.9%, or 0.999)";
            return false;
        }

        fraction = (asPercent ? value / 100m : value).Normalize();
        return true;
    }

    /// <summary>
    /// The downtime <paramref name="availability"/> (a fraction in [0, 1]) allows, exact: 0.99999 allows 315.576 s a
    /// year, 26.298 s a month, 6.048 s a week and 0.864 s a day; 0.999999 allows 31.5576 s a year. An availability
    /// outside [0, 1] is a bug (parse it with <see cref="TryParseAvailability"/>): throws
    /// <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    public static DowntimeBudget Budget(decimal availability)
    {
        CheckFraction(availability);
        var a = availability.Normalize();
        var down = 1m - a;
        var perYear = (down * SecondsPerYear).Normalize();
        var perMonth = (perYear / 12m).Normalize();
        var perWeek = (down * SecondsPerWeek).Normalize();
        var perDay = (down * SecondsPerDay).Normalize();
        var steps = new List<CalculationStep>
        {
            new("perYear", $"(1 − {N(a)}) × {N(SecondsPerYear)} s", perYear),
            new("perMonth", $"{N(perYear)} s ÷ 12", perMonth),
            new("perWeek", $"(1 − {N(a)}) × {N(SecondsPerWeek)} s", perWeek),
            new("perDay", $"(1 − {N(a)}) × {N(SecondsPerDay)} s", perDay),
        };
        return new DowntimeBudget(a, perYear, perMonth, perWeek, perDay, steps);
    }

    /// <summary>
    /// The number of "nines" in <paramref name="availability"/> for display: −log10(1 − a), rounded to one decimal
    /// place (0.99999 → 5; 0.9995 → 3.3; 0.9 → 1; 0 → 0); null for 1 (100% has infinitely many nines). An availability
    /// outside [0, 1] throws <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    public static decimal? Nines(decimal availability)
    {
        CheckFraction(availability);
        if (availability == 1m)
        {
            return null;
        }

        var nines = -Math.Log10((double)(1m - availability));
        return decimal.Round((decimal)nines, 1, MidpointRounding.AwayFromZero).Normalize();
    }

    private static void CheckFraction(decimal availability)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(availability);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(availability, 1m);
    }
}
