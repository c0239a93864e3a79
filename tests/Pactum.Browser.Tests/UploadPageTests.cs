namespace Pactum.Browser.Tests;

public sealed class UploadPageTests
{
    private const string Agreement = """
        id: acme-internal
        title: Acme marketing → sales SLA
        kind: internal
        version: 1
        term: { starts: 2026-01-01 }
        summary: { service: Qualified leads, forWhom: Acme sales, measuredBy: Leads handed off a month }
        parties:
          - { id: marketing, name: Marketing }
          - { id: sales, name: Sales }
        goals:
          - { id: leads, name: Qualified leads, owner: marketing, metric: leads handed off, target: 40, unit: leads, period: month }
        """;

    [BrowserFact]
    public async Task Upload_PastedAgreement_IsStoredAndShownSideBySide()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/");

        await page.FillAsync("#upload-form textarea[name=yaml]", Agreement);
        await page.ClickAsync("#upload-form button[type=submit]");

        await page.WaitForSelectorAsync("#side-by-side");
        Assert.Equal("Acme marketing → sales SLA", await page.InnerTextAsync("#agreement-title"));
        Assert.Contains("1", await page.InnerTextAsync("#stored-notice"), StringComparison.Ordinal);
        Assert.Contains("40 leads per month", await page.InnerTextAsync("section[data-column='marketing']"), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Upload_InvalidAgreement_ListsEveryErrorAndStoresNothing()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/");

        await page.FillAsync("#upload-form textarea[name=yaml]", Agreement.Replace("owner: marketing", "owner: marketting", StringComparison.Ordinal));
        await page.ClickAsync("#upload-form button[type=submit]");

        var errors = await page.Locator("#upload-errors li").AllInnerTextsAsync();
        Assert.Contains(errors, e => e.Contains("goals[0].owner", StringComparison.Ordinal) && e.Contains("did you mean 'marketing'?", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("#agreements a[href='/agreements/acme-internal']").CountAsync());
    }
}
