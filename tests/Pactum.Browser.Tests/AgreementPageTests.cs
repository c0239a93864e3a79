namespace Pactum.Browser.Tests;

public sealed class AgreementPageTests
{
    [BrowserFact]
    public async Task Open_CompanyX_ShowsEachPartySideBySide()
    {
        await using var session = await BrowserSession.StartAsync();
        var agreements = new AgreementPage(session.Page);
        await agreements.OpenListAsync();

        await agreements.OpenFromListAsync("company-x-internal");

        var titles = await agreements.ColumnTitlesAsync();
        Assert.Contains(titles, t => t.Contains("Marketing", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(titles, t => t.Contains("Sales", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Shared", titles[^1]);
        Assert.Contains("Amir", await agreements.ColumnTextAsync("marketing"), StringComparison.Ordinal);
        Assert.Contains("Kendra", await agreements.ColumnTextAsync("sales"), StringComparison.Ordinal);
    }
}
