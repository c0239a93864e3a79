using NodaTime;

namespace Pactum.Server;

/// <summary>How to run the server: where it listens, which database file it uses, whether to load the demo company.</summary>
public sealed record PactumServerOptions
{
    /// <summary>The address the server listens on (the default is loopback only).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The SQLite database file.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Load the demo company (the sample agreements) at start-up.</summary>
    public bool Demo { get; init; }

    /// <summary>Where "now" comes from; the system clock in production, a fixed clock in tests.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>The ASP.NET Core environment name (Production unless stated).</summary>
    public string Environment { get; init; } = "Production";
}
