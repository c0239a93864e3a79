using Microsoft.Playwright;

namespace Pactum.Browser.Tests;

/// <summary>The agreements list and an agreement shown side by side.</summary>
public sealed class AgreementPage(IPage page)
{
    public async Task OpenListAsync() => await page.GotoAsync("/");

    public async Task OpenFromListAsync(string id)
    {
        await page.ClickAsync($"#agreements a[href='/agreements/{id}']");
        await page.WaitForSelectorAsync("#side-by-side");
    }

    public async Task<IReadOnlyList<string>> ColumnTitlesAsync() => await page.Locator("#side-by-side > section > h2").AllInnerTextsAsync();

    public async Task<string> ColumnTextAsync(string key) => await page.InnerTextAsync($"#side-by-side > section[data-column='{key}']");
}
