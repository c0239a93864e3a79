namespace Pactum.Browser.Tests;

public sealed class CalculatorPageTests
{
    [BrowserFact]
    public async Task Calculate_FilledForm_ShowsResultsAndDrawsTheGoalLine()
    {
        await using var session = await BrowserSession.StartAsync();
        var calculator = new CalculatorPage(session.Page);
        await calculator.OpenAsync();

        // 12,000 × 50% = 6,000 → ⌈6,000 ÷ 200⌉ = 30 customers → ⌈30 ÷ 0.25⌉ = 120 leads, over a 31-day month.
        await calculator.CalculateAsync("12000", "50%", "200", "0.25", "31");

        Assert.Equal(6000m, await calculator.ResultAsync("revenueGoal"));
        Assert.Equal(30m, await calculator.ResultAsync("customersNeeded"));
        Assert.Equal(120m, await calculator.ResultAsync("leadsNeeded"));
        Assert.Equal("⌈30 ÷ 0.25⌉", await calculator.FormulaAsync("leadsNeeded"));
        var line = await calculator.GoalLineAsync();
        Assert.Equal(31, line.Length);
        Assert.Equal(3.87m, line[0]); // 120 ÷ 31, to two places
        Assert.Equal(120m, line[^1]);
    }

    [BrowserFact]
    public async Task Calculate_BarePercentage_SaysWhatWasMeant()
    {
        await using var session = await BrowserSession.StartAsync();
        var calculator = new CalculatorPage(session.Page);
        await calculator.OpenAsync();

        await session.Page.FillAsync("#closeRate", "50");
        await session.Page.ClickAsync("#calculate");

        var errors = await calculator.ErrorsAsync();
        Assert.Contains(errors, e => e.Contains("closeRate", StringComparison.Ordinal) && e.Contains("did you mean 50%?", StringComparison.Ordinal));
    }
}
