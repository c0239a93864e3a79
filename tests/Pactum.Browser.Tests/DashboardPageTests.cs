namespace Pactum.Browser.Tests;

public sealed class DashboardPageTests
{
    [BrowserFact]
    public async Task Dashboard_DemoCompany_ShowsTheChartsSavesAPngDownloadsACsvAndOpensTheLeadsBehindANumber()
    {
        await using var session = await BrowserSession.StartAsync(demo: true);
        var page = session.Page;

        await page.GotoAsync("/");
        await page.ClickAsync("nav a[href='/dashboard']");
        await page.FillAsync("input[name='month']", "2026-10");
        await page.ClickAsync("form.filters button[type='submit']");

        foreach (var chart in new[] { "#waterfall-chart", "#speed-chart", "#depth-chart" })
        {
            await page.WaitForSelectorAsync($"{chart}[data-ready='true']");
        }

        // The waterfall's first line is the goal line k·g/n: 100 leads in 31 days ends at 100.
        var goalLine = await page.EvaluateAsync<double[]>("() => Chart.getChart('waterfall-chart').data.datasets[0].data");
        Assert.Equal(31, goalLine.Length);
        Assert.Equal(100 / 31.0, goalLine[0], 2);
        Assert.Equal(100, goalLine[30]);
        Assert.Contains("of 100 on day 31", await page.InnerTextAsync("#pace"), StringComparison.Ordinal);
        Assert.True(await page.Locator("#speed-by-rep tbody tr").CountAsync() > 0);
        Assert.True(await page.Locator("#depth-by-rep tbody tr").CountAsync() > 0);

        var png = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-save-chart='waterfall-chart']"));
        var pngBytes = await File.ReadAllBytesAsync((await png.PathAsync())!);
        Assert.Equal("waterfall-2026-10.png", png.SuggestedFilename);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, pngBytes[..4]);

        var csv = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-csv-table='speed-by-rep']"));
        var csvText = await File.ReadAllTextAsync((await csv.PathAsync())!);
        Assert.StartsWith("\"Rep\",\"Attempted\"", csvText.TrimStart('\ufeff'), StringComparison.Ordinal);
        Assert.Equal(1 + await page.Locator("#speed-by-rep tbody tr").CountAsync(), csvText.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        // A rep's count of attempted leads opens the list of that rep's leads handed off in October.
        var firstRep = page.Locator("#speed-by-rep tbody tr").First;
        var rep = await firstRep.Locator("td").First.InnerTextAsync();
        var count = int.Parse(await firstRep.Locator("td").Nth(1).InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture)
            + int.Parse(await firstRep.Locator("td").Nth(2).InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await firstRep.Locator("td").Nth(1).Locator("a").ClickAsync();
        await page.WaitForURLAsync("**/leads?**");
        Assert.Contains("month=2026-10", page.Url, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(rep).Replace("%20", "%20", StringComparison.Ordinal), page.Url.Replace("+", "%20", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(count.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }
}
