using System.Net;
using Pactum.Server.Infrastructure;
using Pactum.Testing;

namespace Pactum.Server.Tests.Web;

public sealed class PublicAddressTests
{
    private const string ReviewsIcs = "/api/agreements/company-x-internal/reviews.ics";

    private static Task<RunningServer> Start(string? publicUrl = null, IReadOnlyList<string>? allowedHosts = null) =>
        RunningServer.StartAsync(demo: true, o => o with { BackgroundServices = false, PublicUrl = publicUrl, AllowedHosts = allowedHosts });

    private static async Task<HttpResponseMessage> Get(RunningServer server, string path, string? host = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        return await server.Client.SendAsync(request);
    }

    /// <summary>The iCalendar file's lines with folded continuations joined.</summary>
    private static async Task<string> Unfolded(HttpResponseMessage response) =>
        (await response.Content.ReadAsStringAsync()).Replace("\r\n ", "", StringComparison.Ordinal);

    [Fact]
    public async Task ReviewsIcs_ForeignHostHeader_Is400()
    {
        await using var server = await Start(publicUrl: "https://sla.example.com");

        var response = await Get(server, ReviewsIcs, host: "evil.example");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sla.example.com")] // the public URL's host
    [InlineData("127.0.0.1")] // loopback, as the tests and a local browser send it
    [InlineData("localhost")]
    public async Task ReviewsIcs_AllowedHost_LinksUseThePublicUrl(string host)
    {
        await using var server = await Start(publicUrl: "https://sla.example.com");

        var response = await Get(server, ReviewsIcs, host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("https://sla.example.com/agreements/company-x-internal/review", await Unfolded(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewsIcs_NoPublicUrl_LinksUseTheListeningAddress()
    {
        await using var server = await Start();

        var response = await Get(server, ReviewsIcs);

        Assert.Contains($"{server.BaseAddress}agreements/company-x-internal/review", await Unfolded(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllowedHosts_Star_AnswersAnyHostWithThePublicLinks()
    {
        await using var server = await Start(publicUrl: "https://sla.example.com/pactum/", allowedHosts: ["*"]);

        var response = await Get(server, ReviewsIcs, host: "evil.example");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("https://sla.example.com/pactum/agreements/company-x-internal/review", await Unfolded(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllowedHosts_Configured_RefusesTheOthersEvenLoopback()
    {
        await using var server = await Start(allowedHosts: ["127.0.0.1"]);

        Assert.Equal(HttpStatusCode.OK, (await Get(server, "/")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Get(server, "/", host: "localhost")).StatusCode);
    }

    [Theory]
    [InlineData("https://sla.example.com", true)] // a host
    [InlineData("http://10.0.0.5:8080/pactum/", true)] // a port and a path prefix
    [InlineData("sla.example.com", false)] // not absolute
    [InlineData("/pactum", false)] // a path only
    [InlineData("ftp://sla.example.com", false)] // not http
    [InlineData("https://sla.example.com/?a=1", false)] // a query
    [InlineData("https://user@sla.example.com", false)] // a user
    [InlineData("", false)]
    public void TryRead_Text_AcceptsAbsoluteHttpUrlsOnly(string text, bool valid)
    {
        Assert.Equal(valid, PublicAddress.TryRead(text, out _, out var error));
        Assert.Equal(valid, error is null);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", "localhost,127.0.0.1,[::1]")] // the default listening address adds nothing
    [InlineData("http://0.0.0.0:5080", "localhost,127.0.0.1,[::1]")] // a wildcard is read as localhost
    [InlineData("http://pactum.internal:5080;http://127.0.0.1:5081", "pactum.internal,localhost,127.0.0.1,[::1]")] // the first address
    public void DefaultAllowedHosts_NoPublicUrl_ListeningHostAndLoopback(string urls, string expected)
    {
        var hosts = PublicAddress.DefaultAllowedHosts(new PactumServerOptions { DatabasePath = "unused.db", Urls = urls });

        Assert.Equal(expected, string.Join(',', hosts));
    }

    [Theory]
    [InlineData("sla.example.com, *.example.org;[::1];10.0.0.5", true)] // names, subdomains, IPv6 and IPv4; commas or semicolons
    [InlineData("*", true)] // any host
    [InlineData("sla.example.com:443", false)] // a port
    [InlineData("https://sla.example.com", false)] // a URL
    [InlineData(" , ", false)] // nothing
    public void AllowedHostListTryParse_Text_AcceptsHostsOnly(string text, bool valid)
    {
        Assert.Equal(valid, AllowedHostList.TryParse(text, out _, out var error));
        Assert.Equal(valid, error is null);
    }
}
