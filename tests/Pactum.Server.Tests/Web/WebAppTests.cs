using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pactum.Server.Tests.Web;

public sealed class WebAppTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("/", "Company X")] // the agreements list shows the demo company
    [InlineData("/calculator", "Goal calculator")] // the calculator form
    [InlineData("/calculator/actuals", "implied-leads")] // G3: the goal the actuals imply
    [InlineData("/calculator/tiers", "value-goal")] // G4: tiers and value
    [InlineData("/calculator/capacity", "capacity-verdict")] // G5: the capacity verdict
    [InlineData("/calculator/uptime", "credit-verdict")] // G6: uptime budget and service credits
    [InlineData("/clock", "Business clock")] // the business-clock tool
    [InlineData("/agreements/company-x-internal", "Kendra")] // the side-by-side agreement
    [InlineData("/leads", "id=\"leads\"")] // the demo company's leads
    [InlineData("/leads?status=in_progress&anomalies=true", "Only leads with anomalies")] // filtered
    [InlineData("/leads/L0000001", "id=\"timeline\"")] // one lead's timeline
    [InlineData("/import", "id=\"import-form\"")] // the import page
    public async Task Page_Get_RendersWithContent(string path, string expected)
    {
        var html = await fixture.Client.GetStringAsync(path);

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ArabicCulture_IsRightToLeft()
    {
        var html = await fixture.Client.GetStringAsync("/?culture=ar&ui-culture=ar");

        Assert.Contains("dir=\"rtl\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/lib/chart.js/chart.umd.min.js", "text/javascript")] // the vendored chart library
    [InlineData("/css/site.css", "text/css")] // the stylesheet
    [InlineData("/schemas/agreement.schema.json", "application/json")] // the agreement schema for editors
    public async Task StaticFile_Get_ServedFromTheAssembly(string path, string contentType)
    {
        var response = await fixture.Client.GetAsync(path);

        response.EnsureSuccessStatusCode();
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        var document = await fixture.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/agreements", paths);
        Assert.Contains("/api/calculator/lead-goal", paths);
        Assert.Contains("/api/clock/due", paths);
        Assert.Contains("/api/clock/elapsed", paths);
    }

    [Fact]
    public async Task ApiDocs_Get_ServesTheOpenApiUi()
    {
        var response = await fixture.Client.GetAsync("/api/docs/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnknownPage_Is404()
    {
        var response = await fixture.Client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
