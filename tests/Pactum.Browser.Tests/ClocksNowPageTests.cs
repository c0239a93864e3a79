namespace Pactum.Browser.Tests;

public sealed class ClocksNowPageTests
{
    [BrowserFact]
    public async Task ClocksNow_DemoCompany_ListsBreachedClocksByOwner_AndOpensALeadWithItsHistory()
    {
        await using var session = await BrowserSession.StartAsync(demo: true);
        var page = session.Page;

        await page.GotoAsync("/");
        await page.ClickAsync("nav a[href='/clocks']");
        await page.WaitForSelectorAsync("#open-counts");

        var breached = page.Locator("tr[data-state='breached']");
        Assert.True(await breached.CountAsync() > 0, "the demo company has breached clocks");
        Assert.True(await page.Locator("section[data-owner]").CountAsync() > 0);
        var leadId = await breached.First.GetAttributeAsync("data-lead");
        var clockId = await breached.First.GetAttributeAsync("data-clock");
        Assert.NotEmpty(await breached.First.Locator("time[data-viewer-local]").InnerTextAsync()); // the deadline in the viewer's zone too

        await breached.First.Locator("a").ClickAsync();
        await page.WaitForSelectorAsync("#clocks");

        Assert.Contains(leadId!, await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        var row = page.Locator($"#clocks tr[data-clock='{clockId}'][data-state='breached']");
        Assert.Equal(1, await row.CountAsync());
        await row.Locator("summary").ClickAsync();
        Assert.Equal(1, await row.Locator("li[data-state='breached']").CountAsync()); // the breach, recorded once
        Assert.Contains("Breached", await row.InnerTextAsync(), StringComparison.Ordinal);
    }
}
