using Pactum.Testing;

namespace Pactum.Server.Tests.Web;

public sealed class SecurityHeadersTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    /// <summary>Every GET route of the route table, pages and API alike, with the demo company's values.</summary>
    public static TheoryData<string> GetRoutes() => new(RouteTable.Routes.Where(r => r.Method == "GET").Select(r => r.PathWith()));

    [Theory]
    [MemberData(nameof(GetRoutes))]
    public async Task Get_AnyRoute_CarriesThePolicyAndTheOtherHeaders(string path)
    {
        var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True((int)response.StatusCode < 500, $"{path} answered {response.StatusCode}");
        Assert.Equal(
            ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'", "nosniff", "DENY", "same-origin"),
            (Header(response, "Content-Security-Policy"), Header(response, "X-Content-Type-Options"), Header(response, "X-Frame-Options"), Header(response, "Referrer-Policy")));
    }

    [Fact]
    public async Task Get_NotFound_CarriesThePolicyToo()
    {
        var response = await fixture.Client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_HoldNoInlineScriptOrHandler()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(Repository.Root(), "src", "Pactum.Server", "Pages"), "*.cshtml", SearchOption.AllDirectories);

        var inline = pages.SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, i)))
            .Where(x => System.Text.RegularExpressions.Regex.IsMatch(x.line, @"<script(?![^>]*\bsrc=)|\son[a-z]+\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            .Select(x => $"{Path.GetFileName(x.file)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        Assert.True(inline.Count == 0, "inline script is refused by the policy:\n" + string.Join("\n", inline));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
