using System.Text.Json;

namespace Pactum.Cli.Tests;

public sealed class CalcVerbTests
{
    [Fact]
    public void Calc_SpecExample_PrintsTheGoalAsJson()
    {
        // SPEC I1: quota 5000, all from marketing, $100 deals, 50% close rate → 5000, 50 customers, 100 leads.
        var run = CliRun.Of("calc", "--quota", "5000", "--marketing-share", "1", "--deal-size", "100", "--close-rate", "0.5", "--json");

        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(5000m, json.GetProperty("revenueGoal").GetDecimal());
        Assert.Equal(50, json.GetProperty("customersNeeded").GetInt64());
        Assert.Equal(100, json.GetProperty("leadsNeeded").GetInt64());
        Assert.Equal(3.33m, json.GetProperty("dailyGoal").GetDecimal()); // 100 ÷ 30 days
        Assert.Equal(30, json.GetProperty("cumulativeGoal").GetArrayLength());
        Assert.Equal("", run.Error);
    }

    [Theory]
    [InlineData("31", "3.23")] // 100 ÷ 31
    [InlineData("28", "3.57")] // 100 ÷ 28
    public void Calc_Days_SetsTheDailyGoal(string days, string expected)
    {
        var run = CliRun.Of("calc", "--quota", "5000", "--marketing-share", "1", "--deal-size", "100", "--close-rate", "0.5", "--days", days, "--json");

        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), json.GetProperty("dailyGoal").GetDecimal());
        Assert.Equal(100m, json.GetProperty("cumulativeGoal")[int.Parse(days, System.Globalization.CultureInfo.InvariantCulture) - 1].GetDecimal());
    }

    [Fact]
    public void Calc_Percentages_AreTheSameAsFractions()
    {
        var fractions = CliRun.Of("calc", "--quota", "5000", "--marketing-share", "0.8", "--deal-size", "100", "--close-rate", "0.25", "--json");
        var percentages = CliRun.Of("calc", "--quota", "5000", "--marketing-share", "80%", "--deal-size", "100", "--close-rate", "25%", "--json");

        Assert.Equal(fractions.Output, percentages.Output);
        Assert.Equal(160, JsonDocument.Parse(percentages.Output).RootElement.GetProperty("leadsNeeded").GetInt64()); // 4000 → 40 → 160
    }

    [Fact]
    public void Calc_QuarterlyQuota_BreaksDownByMonthQuarterAndYear()
    {
        var run = CliRun.Of("calc", "--quota", "15000", "--marketing-share", "1", "--deal-size", "100", "--close-rate", "0.5", "--period", "quarter", "--json");

        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("quarter", json.GetProperty("period").GetString());
        Assert.Equal(300, json.GetProperty("leadsNeeded").GetInt64());
        var leads = json.GetProperty("breakdown").EnumerateArray().ToDictionary(b => b.GetProperty("period").GetString()!, b => b.GetProperty("leadsNeeded").GetInt64());
        Assert.Equal(100, leads["month"]);
        Assert.Equal(300, leads["quarter"]);
        Assert.Equal(1200, leads["year"]);
        Assert.Equal(3.33m, json.GetProperty("dailyGoal").GetDecimal());
    }

    [Theory]
    [InlineData("--close-rate", "abc", "not a fraction or a percentage")] // text
    [InlineData("--close-rate", "50", "did you mean 50%?")] // a bare percentage
    [InlineData("--close-rate", "150%", "outside 0–1")] // more than all
    [InlineData("--close-rate", "0", "greater than 0")] // nobody ever closes
    [InlineData("--marketing-share", "1.5", "outside 0–1")] // a share above one
    [InlineData("--deal-size", "0", "greater than 0")] // free deals
    [InlineData("--quota", "five thousand", "not a number")] // words
    [InlineData("--days", "32", "1 to 31")] // no such month
    [InlineData("--period", "fortnight", "month, quarter or year")] // unknown period
    public void Calc_BadInput_ExitsWith2AndSaysWhere(string option, string value, string message)
    {
        var args = new Dictionary<string, string>
        {
            ["--quota"] = "5000", ["--marketing-share"] = "1", ["--deal-size"] = "100", ["--close-rate"] = "0.5",
        };
        args[option] = value;

        var run = CliRun.Of(["calc", .. args.SelectMany(a => new[] { a.Key, a.Value }), "--json"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: {option}: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Calc_MissingOption_ExitsWith2()
    {
        var run = CliRun.Of("calc", "--quota", "5000", "--deal-size", "100", "--close-rate", "0.5");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--marketing-share", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Calc_Human_ShowsFormulas()
    {
        var run = CliRun.Of("calc", "--quota", "5000", "--marketing-share", "50%", "--deal-size", "100", "--close-rate", "0.5");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("⌈2500 ÷ 100⌉", run.Output, StringComparison.Ordinal);
        Assert.Contains("leadsNeeded", run.Output, StringComparison.Ordinal);
    }
}
