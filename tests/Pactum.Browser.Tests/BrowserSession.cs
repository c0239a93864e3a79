using Microsoft.Playwright;
using Pactum.Testing;

namespace Pactum.Browser.Tests;

/// <summary>A real Pactum server on 127.0.0.1 and a headless Chromium page pointed at it; one per test.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(RunningServer server, IPlaywright playwright, IBrowser browser, IPage page)
    {
        Server = server;
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public RunningServer Server { get; }

    public IPage Page { get; }

    public static async Task<BrowserSession> StartAsync(bool demo = true)
    {
        var server = await RunningServer.StartAsync(demo);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseAddress.ToString(), Locale = "en-US" });
        page.SetDefaultTimeout(15_000);
        return new BrowserSession(server, playwright, browser, page);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await Server.DisposeAsync();
    }
}
