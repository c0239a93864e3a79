using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Pactum.Server.Tests.Web;

public sealed class CrossSiteGuardTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string Yaml = "id: cross-site\ntitle: Planted\nkind: internal\nparties:\n  - { id: marketing, name: Marketing }\n  - { id: sales, name: Sales }\n";

    [Theory]
    [InlineData("Origin", "http://evil.example")] // an older browser: only the origin tells
    [InlineData("Sec-Fetch-Site", "cross-site")] // a current browser says so itself
    [InlineData("Sec-Fetch-Site", "same-site")] // a sibling subdomain is another site too
    [InlineData("Origin", "null")] // a sandboxed frame or a file
    public async Task Post_FromAnotherSite_Is403AndUploadsNothing(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/agreements") { Content = new StringContent(Yaml, Encoding.UTF8, "text/plain") };
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Requests from other sites are refused.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var agreements = await fixture.Client.GetFromJsonAsync<JsonElement>("/api/agreements");
        Assert.DoesNotContain(agreements.EnumerateArray(), a => a.GetProperty("id").GetString() == "cross-site");
    }

    [Theory]
    [InlineData(null, null)] // a program calling the API sends neither header
    [InlineData("Sec-Fetch-Site", "same-origin")] // a page of this site
    [InlineData("Sec-Fetch-Site", "none")] // an address typed by the user
    [InlineData("Origin", "SELF")] // this site's own origin
    public async Task Post_FromThisSiteOrAProgram_ReachesTheEndpoint(string? header, string? value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/agreements/validate") { Content = new StringContent("id: [", Encoding.UTF8, "application/yaml") };
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation(header, value == "SELF" ? fixture.Server.BaseAddress.GetLeftPart(UriPartial.Authority) : value);
        }

        var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode); // the validator's answer: the request got through
    }

    [Fact]
    public async Task Get_FromAnotherSite_IsAnswered()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/agreements");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "cross-site");

        var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
