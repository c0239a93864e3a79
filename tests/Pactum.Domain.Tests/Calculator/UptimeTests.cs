using System.Globalization;
using Pactum.Domain.Calculator;

namespace Pactum.Domain.Tests.Calculator;

/// <summary>Availability targets and the downtime they allow (SPEC G6, I2).</summary>
public sealed class UptimeTests
{
    [Theory]
    [InlineData("0.99999", "315.576", "26.298", "6.048", "0.864")] // five nines ≈ 5.26 minutes a year
    [InlineData("0.999999", "31.5576", "2.6298", "0.6048", "0.0864")] // six nines ≈ 31.6 seconds a year: "a misplaced nine"
    [InlineData("0.999", "31557.6", "2629.8", "604.8", "86.4")] // three nines: 43.8 minutes a month, 10.1 a week, 86.4 s a day
    [InlineData("0.99", "315576", "26298", "6048", "864")] // two nines
    [InlineData("1", "0", "0", "0", "0")] // 100% allows nothing
    [InlineData("0", "31557600", "2629800", "604800", "86400")] // 0% allows all of it
    public void Budget_Availability_AllowsDowntimeInSeconds(string availability, string year, string month, string week, string day)
    {
        var budget = Uptime.Budget(D(availability));

        Assert.Equal([D(year), D(month), D(week), D(day)], new[] { budget.PerYear, budget.PerMonth, budget.PerWeek, budget.PerDay });
    }

    [Fact]
    public void Budget_FiveNines_ShowsEachFormula()
    {
        var budget = Uptime.Budget(0.99999m);

        Assert.Equal(["perYear", "perMonth", "perWeek", "perDay"], budget.Steps.Select(s => s.Name));
        Assert.Equal("(1 − 0.99999) × 31557600 s", budget.Steps[0].Formula);
        Assert.Equal("315.576 s ÷ 12", budget.Steps[1].Formula);
    }

    [Theory]
    [InlineData(-0.1)] // below 0%
    [InlineData(1.01)] // above 100%
    public void Budget_OutsideZeroToOne_Throws(double availability)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Uptime.Budget((decimal)availability));
    }

    [Theory]
    [InlineData("99.999", "0.99999")] // a bare number above 1 is a percentage
    [InlineData("99.999%", "0.99999")] // with the sign
    [InlineData(" 99.9 % ", "0.999")] // spaces
    [InlineData("0.99999", "0.99999")] // a bare number up to 1 is a fraction
    [InlineData("1", "1")] // 1 is the whole: 100%
    [InlineData("100", "1")] // 100 is a percentage: 100%
    [InlineData("0.5%", "0.005")] // a small percentage, marked as one
    [InlineData("0", "0")] // never up
    [InlineData("99.9000", "0.999")] // trailing zeros dropped
    public void TryParseAvailability_PercentageOrFraction_ReturnsFraction(string text, string expected)
    {
        Assert.True(Uptime.TryParseAvailability(text, out var fraction, out var error), error);
        Assert.Equal(D(expected), fraction);
        Assert.Equal(expected, fraction.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("abc", "not an availability")] // not a number
    [InlineData("", "not an availability")] // nothing
    [InlineData(null, "not an availability")] // missing
    [InlineData("99,9", "not an availability")] // a decimal comma is not read as a point
    [InlineData("-1", "negative")] // below 0
    [InlineData("-5%", "negative")] // a negative percentage
    [InlineData("100.5", "above 100%")] // a bare percentage above 100
    [InlineData("101%", "above 100%")] // a marked percentage above 100
    public void TryParseAvailability_Invalid_SaysWhatWasExpected(string? text, string expected)
    {
        Assert.False(Uptime.TryParseAvailability(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.99999", "5")] // five nines
    [InlineData("0.999999", "6")] // six nines
    [InlineData("0.9995", "3.3")] // three and a half nines, as −log10(0.0005)
    [InlineData("0.9", "1")] // one nine
    [InlineData("0", "0")] // no nines
    public void Nines_Availability_CountsNines(string availability, string expected)
    {
        Assert.Equal(D(expected), Uptime.Nines(D(availability)));
        Assert.Equal(D(expected), Uptime.Budget(D(availability)).Nines);
    }

    [Fact]
    public void Nines_Hundred_IsInfinite()
    {
        Assert.Null(Uptime.Nines(1m));
    }

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
