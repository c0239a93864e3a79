using Pactum.Testing;

namespace Pactum.Server.Tests;

/// <summary>One running demo server shared by the read-only tests of a class (tests that write start their own).</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private RunningServer? _server;

    public RunningServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public HttpClient Client => Server.Client;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(demo: true);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
