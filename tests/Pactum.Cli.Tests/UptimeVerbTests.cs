using System.Text.Json;

namespace Pactum.Cli.Tests;

public sealed class UptimeVerbTests
{
    [Theory]
    [InlineData("99.999", "0.99999", "315.576")] // five nines ≈ 5.26 minutes a year (SPEC I2)
    [InlineData("99.9999%", "0.999999", "31.5576")] // six nines ≈ 31.6 seconds: the misplaced nine
    [InlineData("0.999", "0.999", "31557.6")] // a fraction below 1 is a fraction
    public void Uptime_Availability_PrintsDowntimeBudgets(string argument, string availability, string perYear)
    {
        var run = CliRun.Of("uptime", argument, "--json");

        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Output).RootElement;
        var year = decimal.Parse(perYear, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(decimal.Parse(availability, System.Globalization.CultureInfo.InvariantCulture), json.GetProperty("availability").GetDecimal());
        Assert.Equal(year, json.GetProperty("perYear").GetDecimal());
        Assert.Equal(year / 12, json.GetProperty("perMonth").GetDecimal());
        Assert.Equal(year / 365.25m * 7, json.GetProperty("perWeek").GetDecimal(), 10);
        Assert.Equal(year / 365.25m, json.GetProperty("perDay").GetDecimal(), 10);
    }

    [Theory]
    [InlineData("lots")] // not a number
    [InlineData("101")] // above 100%
    [InlineData("200%")] // more than always
    public void Uptime_BadAvailability_ExitsWith2(string argument)
    {
        var run = CliRun.Of("uptime", argument, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: availability: ", run.Error, StringComparison.Ordinal);
    }
}
