using Microsoft.Playwright;
using Pactum.Testing;

namespace Pactum.Browser.Tests;

public sealed class ContentSecurityPolicyTests
{
    [BrowserFact]
    public async Task EveryPage_UnderThePolicy_RunsItsScriptsWithoutAViolation()
    {
        await using var session = await BrowserSession.StartAsync(demo: true);
        var page = session.Page;
        var problems = new List<string>();
        var current = "";
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"{current}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{current}: {error}");
        var paths = RouteTable.Routes.Where(r => r.IsPage && r.Method == "GET").Select(r => r.PathWith()).Append("/api/docs/index.html").ToList();

        foreach (var path in paths)
        {
            current = path;
            await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(paths.Count >= 20, $"only {paths.Count} pages were visited");
    }

    [BrowserFact]
    public async Task LanguagePicker_WithoutInlineHandler_StillSwitchesOnChange()
    {
        await using var session = await BrowserSession.StartAsync(demo: true);
        var page = session.Page;

        await page.GotoAsync("/calculator");
        await page.SelectOptionAsync("select[name='culture']", "ar");
        await page.WaitForSelectorAsync("html[dir='rtl']");

        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        Assert.EndsWith("/calculator", page.Url, StringComparison.Ordinal);
    }
}
