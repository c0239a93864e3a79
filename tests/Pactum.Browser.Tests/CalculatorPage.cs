using System.Globalization;
using Microsoft.Playwright;

namespace Pactum.Browser.Tests;

/// <summary>The goal calculator page, as a user works it.</summary>
public sealed class CalculatorPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/calculator");

    public async Task CalculateAsync(string quota, string marketingShare, string dealSize, string closeRate, string days)
    {
        await page.FillAsync("#quota", quota);
        await page.FillAsync("#marketingShare", marketingShare);
        await page.FillAsync("#dealSize", dealSize);
        await page.FillAsync("#closeRate", closeRate);
        await page.FillAsync("#days", days);
        await page.ClickAsync("#calculate");
        await page.WaitForSelectorAsync("#goal-result");
    }

    /// <summary>A result's exact value (customersNeeded, leadsNeeded, revenueGoal) as the page holds it.</summary>
    public async Task<decimal> ResultAsync(string name) =>
        decimal.Parse(await page.GetAttributeAsync($"#{name} .result-figure", "data-value") ?? "", CultureInfo.InvariantCulture);

    public async Task<string> FormulaAsync(string name) => await page.InnerTextAsync($"#{name} .formula");

    /// <summary>The points of the drawn cumulative goal line, read from the chart itself once it is drawn.</summary>
    public async Task<decimal[]> GoalLineAsync()
    {
        await page.WaitForSelectorAsync("canvas#goal-line[data-ready='true']");
        return await page.EvaluateAsync<decimal[]>("() => Chart.getChart('goal-line').data.datasets[0].data");
    }

    public async Task<IReadOnlyList<string>> ErrorsAsync() => await page.Locator("#goal-errors li").AllInnerTextsAsync();
}
