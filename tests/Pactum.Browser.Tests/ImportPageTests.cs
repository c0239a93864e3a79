namespace Pactum.Browser.Tests;

public sealed class ImportPageTests
{
    [BrowserFact]
    public async Task Import_CsvThroughThePage_ThenOpenALeadsTimeline()
    {
        await using var session = await BrowserSession.StartAsync(demo: false);
        var page = session.Page;
        var csv = Path.Combine(Path.GetTempPath(), $"pactum-events-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, """
            event_id,lead_id,type,occurred_at,source,owner,persona,amount,channel,outcome,reason
            u1,ACME-1,lead_created,2026-10-05T13:00:00Z,organic search,,Manager,,,,
            u2,ACME-1,handed_off,2026-10-05T14:00:00Z,,Kendra,,,,,
            u3,ACME-1,attempt,2026-10-05T14:20:00Z,,Kendra,,,phone,no answer,
            u4,ACME-1,connected,2026-10-06T10:00:00Z,,Kendra,,,,,
            u5,ACME-2,attempt,not-a-time,,,,,phone,,
            """);

        await page.GotoAsync("/import");
        await page.SetInputFilesAsync("#file", csv);
        await page.ClickAsync("#import");
        await page.WaitForSelectorAsync("#import-result");

        Assert.Equal("4", await page.InnerTextAsync("#taken"));
        Assert.Equal("1", await page.InnerTextAsync("#rejected"));
        Assert.Contains("occurred_at", await page.InnerTextAsync("#rejected-rows"), StringComparison.Ordinal);

        await page.ClickAsync("#see-leads");
        await page.ClickAsync("#leads a:has-text('ACME-1')");
        await page.WaitForSelectorAsync("#timeline");

        Assert.Equal("Connected", await page.InnerTextAsync("#lead-status"));
        Assert.Equal(4, await page.Locator("#timeline tbody tr").CountAsync());
        Assert.Contains("attempt", await page.InnerTextAsync("#timeline tbody tr:nth-child(3)"), StringComparison.Ordinal);
        File.Delete(csv);
    }
}
