using Microsoft.AspNetCore.Builder;
using NodaTime;
using Pactum.Server;

namespace Pactum.Testing;

/// <summary>
/// A real Pactum server (Kestrel) on 127.0.0.1 with a free port and its own temporary SQLite database, holding the
/// demo company. Dispose it to stop the server and delete the database.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private RunningServer(WebApplication app, string folder, FixedClock clock)
    {
        _app = app;
        _folder = folder;
        Clock = clock;
        BaseAddress = new Uri(app.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>The server's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client for the server.</summary>
    public HttpClient Client { get; }

    /// <summary>The server's clock.</summary>
    public FixedClock Clock { get; }

    /// <summary>The server's services (tests drive the sweeper and the dispatcher through them).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The database file.</summary>
    public string DatabasePath => Path.Combine(_folder, "pactum.db");

    /// <summary>
    /// Starts a server; with <paramref name="demo"/> it holds the demo company. <paramref name="configure"/> may change
    /// the options (e.g. set webhook secrets).
    /// </summary>
    public static async Task<RunningServer> StartAsync(bool demo = true, Func<PactumServerOptions, PactumServerOptions>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pactum-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var clock = new FixedClock(Instant.FromUtc(2026, 11, 2, 14, 0));
        var options = new PactumServerOptions
        {
            Urls = "http://127.0.0.1:0",
            DatabasePath = Path.Combine(folder, "pactum.db"),
            Demo = demo,
            Clock = clock,
        };
        var app = PactumApp.Build(configure?.Invoke(options) ?? options);
        await app.StartAsync();
        return new RunningServer(app, folder, clock);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
