using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Pactum.Domain.Webhooks;
using Pactum.Testing;
using Xunit.Abstractions;

namespace Pactum.Server.Tests.Hostile;

/// <summary>
/// Hostile input over every endpoint of the route table (SPEC X6): malformed, truncated, deep, huge and out-of-range
/// path segments, fields and bodies. Every case must be answered below 500 within the timeout, the server must still
/// answer afterwards, and a refused request (4xx) must have written nothing (every table's row count is unchanged).
/// </summary>
public sealed partial class HostileInputTests(HostileServerFixture fixture, ITestOutputHelper output) : IClassFixture<HostileServerFixture>
{
    /// <summary>The routes of the server, by key (one test case each).</summary>
    public static TheoryData<string> Routes() => new(RouteTable.Routes.Select(r => r.Key));

    [Fact]
    public void Suite_CoversEveryRoute_WithAtLeastAThousandCases()
    {
        var cases = RouteTable.Routes.Sum(r => HostileCase.For(r).Count());

        output.WriteLine($"{RouteTable.Routes.Count} routes, {cases} hostile cases");
        Assert.True(RouteTable.Routes.Count >= 60, $"the route table lists only {RouteTable.Routes.Count} routes");
        Assert.True(cases >= 1_000, $"only {cases} cases are generated");
        Assert.All(RouteTable.Routes, r => Assert.NotEmpty(HostileCase.For(r)));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_HostileInput_AnsweredBelow500AndRefusalsWriteNothing(string key)
    {
        var route = RouteTable.Find(key);
        var token = await fixture.AntiforgeryTokenAsync();
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        var watch = Stopwatch.StartNew();
        var cases = 0;
        foreach (var hostile in HostileCase.For(route))
        {
            cases++;
            var before = DatabaseCensus.Take(fixture.Server.DatabasePath);
            var status = await SendAsync(hostile, token);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status is >= 500 or 0)
            {
                failures.Add($"{hostile}: {(status == 0 ? "no answer within the timeout" : $"HTTP {status}")}");
            }
            else if (status >= 400 && DatabaseCensus.Take(fixture.Server.DatabasePath).ChangesSince(before) is { Count: > 0 } changes)
            {
                failures.Add($"{hostile}: refused with {status} but wrote {string.Join(", ", changes)}");
            }
        }

        var alive = await fixture.Client.GetAsync(new Uri("/", UriKind.Relative));
        output.WriteLine($"{key}: {cases} cases in {watch.Elapsed.TotalSeconds:N1} s; " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases failed:\n" + string.Join("\n", failures.Take(40)));
    }

    /// <summary>Sends one case (signed, when it goes to the signed webhook path); its status code, or 0 when the server did not answer in time.</summary>
    private async Task<int> SendAsync(HostileCase hostile, string token)
    {
        using var request = new HttpRequestMessage(hostile.Method, hostile.Url) { Content = hostile.Content(token) };
        if (hostile.Url.StartsWith("/api/webhooks/", StringComparison.Ordinal))
        {
            await fixture.SignAsync(request);
        }

        try
        {
            using var response = await fixture.Client.SendAsync(request);
            return (int)response.StatusCode;
        }
        catch (TaskCanceledException)
        {
            return 0;
        }
        catch (HttpRequestException e) when (e.InnerException is IOException)
        {
            // The server closed the connection on a request it would not read (a header or a line too long): a refusal.
            return 400;
        }
    }
}

/// <summary>A demo server for the hostile suite, with no background services (so only the requests write), and a client that keeps cookies.</summary>
public sealed partial class HostileServerFixture : IAsyncLifetime
{
    private const string Secret = "whsec_aG9zdGlsZS1zdWl0ZS1zZWNyZXQtZm9yLXRlc3Rz";

    private RunningServer? _server;
    private string? _token;

    public RunningServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await RunningServer.StartAsync(demo: true, o => o with { BackgroundServices = false, WebhookSecretTexts = [Secret] });
        Client = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = _server.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>Signs <paramref name="request"/> as a Standard Webhooks sender holding the server's secret would, so its body reaches the parser.</summary>
    public async Task SignAsync(HttpRequestMessage request)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync();
        var id = $"msg_{Guid.NewGuid():N}";
        var timestamp = Server.Clock.GetCurrentInstant().ToUnixTimeSeconds();
        WebhookSecret.TryParse(Secret, out var secret, out _);
        request.Headers.Add(StandardWebhook.IdHeader, id);
        request.Headers.Add(StandardWebhook.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(StandardWebhook.SignatureHeader, StandardWebhook.Sign(secret!, id, timestamp, body));
    }

    /// <summary>A valid antiforgery token for this client's cookie, read from a page's form.</summary>
    public async Task<string> AntiforgeryTokenAsync()
    {
        if (_token is null)
        {
            var html = await Client.GetStringAsync(new Uri("/import", UriKind.Relative));
            _token = TokenPattern().Match(html).Groups[1].Value;
        }

        return _token;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
