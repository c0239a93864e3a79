using Pactum.Domain.Agreements;

namespace Pactum.Browser.Tests;

/// <summary>Drafting, sign-off, the review pack and the chain, in the browser against the demo company (SPEC A1, A5, A8, P4).</summary>
public sealed class GovernancePageTests
{
    [BrowserFact]
    public async Task Draft_FromTemplateThroughEveryStep_DownloadsAValidYamlFile()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        await page.ClickAsync("#draft-agreement");
        await page.CheckAsync("input[name=Template][value=marketing-sales]");
        await page.ClickAsync("#next");
        foreach (var step in new[] { "summary", "goals", "requirements", "contacts", "consequences", "cancellation", "review" })
        {
            var fieldset = page.Locator($"#step-{step}");
            Assert.True(await fieldset.IsVisibleAsync(), step);
            Assert.False(string.IsNullOrWhiteSpace(await fieldset.Locator(".prompt").TextContentAsync()), step);
            Assert.False(string.IsNullOrWhiteSpace(await fieldset.Locator("textarea").InputValueAsync()), step);
            await page.ClickAsync("#next");
        }

        Assert.Contains("id: company-x-internal", await page.TextContentAsync("#draft-yaml"), StringComparison.Ordinal);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-yaml"));
        Assert.Equal("company-x-internal.yaml", download.SuggestedFilename);
        var path = await download.PathAsync();
        var parsed = AgreementFile.Parse(await File.ReadAllTextAsync(path), "download.yaml");
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        Assert.False(parsed.Value!.Review.IsEmpty); // the review step's part made it into the file
        Assert.Equal(100, parsed.Value!.Goals[0].Target);
    }

    [BrowserFact]
    public async Task Draft_UptimeOfSixNines_ShowsAMisplacedNineWarning()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/agreements/new");
        await page.CheckAsync("input[name=Template][value=customer-uptime]");
        await page.ClickAsync("#next");
        await page.ClickAsync("#next"); // summary → goals
        var goals = page.Locator("#step-goals textarea");
        await goals.FillAsync((await goals.InputValueAsync()).Replace("target: 99.9\n", "target: 99.9999\n", StringComparison.Ordinal));
        for (var i = 0; i < 6; i++)
        {
            await page.ClickAsync("#next");
        }

        var warning = page.Locator("#realism li[data-goal=availability][data-level=warning]");
        var text = await warning.TextContentAsync();
        Assert.Contains("99.9999% allows about 31.6 seconds of downtime a year", text, StringComparison.Ordinal);
        Assert.Contains("misplaced nine", text, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Versions_SignedOffByBothParties_TakesEffect()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/agreements/company-x-internal/versions");
        var yaml = page.Locator("#propose-form textarea[name=Yaml]");
        await yaml.FillAsync((await yaml.InputValueAsync()).Replace("target: 6\n", "target: 5\n", StringComparison.Ordinal));
        await page.FillAsync("#propose-form input[name=ProposedBy]", "Kendra");
        await page.ClickAsync("#propose-form button[type=submit]");

        Assert.Equal("waiting", await page.GetAttributeAsync("#version-list tr[data-version='2']", "data-state"));
        Assert.Contains("Version 1 is in effect", await page.TextContentAsync("#in-effect"), StringComparison.Ordinal);
        Assert.Contains("+     target: 5", await page.TextContentAsync("#diff"), StringComparison.Ordinal);
        Assert.Contains("-     target: 6", await page.TextContentAsync("#diff"), StringComparison.Ordinal);

        await page.ClickAsync("form.sign-off[data-party=marketing] button");
        Assert.Contains("Version 1 is in effect", await page.TextContentAsync("#in-effect"), StringComparison.Ordinal);
        Assert.Contains("Amir", await page.TextContentAsync("#sign-offs li[data-party=marketing]"), StringComparison.Ordinal);

        await page.ClickAsync("form.sign-off[data-party=sales] button");
        Assert.Contains("Version 2 is in effect", await page.TextContentAsync("#in-effect"), StringComparison.Ordinal);
        Assert.Equal("in-effect", await page.GetAttributeAsync("#version-list tr[data-version='2']", "data-state"));
        Assert.Equal("replaced", await page.GetAttributeAsync("#version-list tr[data-version='1']", "data-state"));
        Assert.Contains("Kendra", await page.TextContentAsync("#sign-offs li[data-party=sales]"), StringComparison.Ordinal);

        await page.GotoAsync("/agreements/company-x-internal");
        Assert.Contains("5 attempts per lead", await page.TextContentAsync("#side-by-side"), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task ReviewPack_OfCompanyX_ShowsVerdictsAndRecomputedInputs()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/agreements/company-x-internal");
        await page.ClickAsync("nav.tabs a[href$='/review']");

        Assert.Contains("Review pack: Company X", await page.TextContentAsync("#review-title"), StringComparison.Ordinal);
        Assert.True(await page.Locator("#review-verdicts tbody tr").CountAsync() > 0);
        Assert.True(await page.Locator("#review-recalculated tbody tr").CountAsync() > 0);
        Assert.True(await page.Locator("#upcoming-reviews li").CountAsync() > 0);
        var ics = await page.APIRequest.GetAsync(await page.GetAttributeAsync("#download-ics", "href") ?? "");
        Assert.Contains("BEGIN:VCALENDAR", await ics.TextAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Chain_OfTheMultiLevelAgreement_ShowsMarketingSalesService()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/agreements/company-x-multi-level/chain");

        var parties = await page.Locator("#chain > li").EvaluateAllAsync<string[]>("links => links.map(l => l.dataset.party)");
        Assert.Equal(["marketing", "sales", "service"], parties);
        Assert.Contains("hands over to Sales", await page.TextContentAsync("#chain li[data-party=marketing] .hand-over"), StringComparison.Ordinal);
        Assert.True(await page.Locator("#chain li[data-party=marketing] .badge").CountAsync() >= 2);
        Assert.False(string.IsNullOrWhiteSpace(await page.TextContentAsync("#chain-status")));
    }
}
