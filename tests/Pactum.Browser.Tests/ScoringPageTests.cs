namespace Pactum.Browser.Tests;

/// <summary>Scoring rules in plain words, a threshold tried and proposed as a new version, and the team page (SPEC L4, L5, A5).</summary>
public sealed class ScoringPageTests
{
    [BrowserFact]
    public async Task Threshold_PreviewedThenProposedAndSignedOff_HandsOffTheLeadsThePreviewListed()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/agreements/company-x-internal/scoring");
        Assert.Contains("fewer than 20 employees", await page.TextContentAsync("#scoring-rules"), StringComparison.Ordinal);

        await page.FillAsync("#threshold", "40");
        await page.ClickAsync("#preview");

        var rows = page.Locator("#would-hand-off tbody tr");
        Assert.True(await rows.CountAsync() > 0, "the demo has leads in marketing between 40 and 60 points");
        var leadId = await rows.First.GetAttributeAsync("data-lead");
        await page.GotoAsync($"/leads/{leadId}");
        Assert.Equal("NotYet", await page.GetAttributeAsync("#hand-off-verdict", "data-outcome"));

        await page.GotoAsync("/agreements/company-x-internal/scoring");
        await page.FillAsync("#threshold", "40");
        await page.ClickAsync("#preview");
        await page.FillAsync("#propose-form input[name=ProposedBy]", "Amir");
        await page.ClickAsync("#propose");
        Assert.Equal("waiting", await page.GetAttributeAsync("#version-list tr[data-version='2']", "data-state"));
        Assert.Contains("threshold: 40", await page.TextContentAsync("#diff"), StringComparison.Ordinal);
        await page.ClickAsync("form.sign-off[data-party=marketing] button");
        await page.ClickAsync("form.sign-off[data-party=sales] button");
        Assert.Equal("in-effect", await page.GetAttributeAsync("#version-list tr[data-version='2']", "data-state"));

        await page.GotoAsync($"/leads/{leadId}");
        Assert.Equal("WithSales", await page.GetAttributeAsync("#hand-off-verdict", "data-outcome"));
        Assert.Equal(1, await page.Locator("#timeline tr", new() { HasText = "handed_off" }).CountAsync());
    }

    [BrowserFact]
    public async Task Team_RepMarkedAway_ShowsTheReturnDateAndTheirLoad()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/team");
        var maya = page.Locator("#team tr[data-rep='Maya Chen']");
        Assert.Equal("false", await maya.GetAttributeAsync("data-away"));

        await maya.Locator("input[name=awayUntil]").FillAsync("2027-01-04");
        await maya.Locator("button[type=submit]").ClickAsync();

        maya = page.Locator("#team tr[data-rep='Maya Chen']");
        Assert.Equal("true", await maya.GetAttributeAsync("data-away"));
        Assert.Contains("2027-01-04", await maya.TextContentAsync(), StringComparison.Ordinal);

        await page.FillAsync("#add-rep input[name=id]", "Dana Park");
        await page.ClickAsync("#add-rep-button");
        Assert.Equal("0", await page.GetAttributeAsync("#team tr[data-rep='Dana Park']", "data-open"));
    }
}
