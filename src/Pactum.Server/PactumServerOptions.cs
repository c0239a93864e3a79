using NodaTime;
using Pactum.Domain.Webhooks;

namespace Pactum.Server;

/// <summary>How to run the server: where it listens, which database file it uses, whether to load the demo company.</summary>
public sealed record PactumServerOptions
{
    /// <summary>The address the server listens on (the default is loopback only).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>
    /// The address users reach Pactum at (e.g. <c>https://sla.example.com</c>), which absolute links are built on; null
    /// for the listening address (see <see cref="Infrastructure.PublicAddress"/>).
    /// </summary>
    public string? PublicUrl { get; init; }

    /// <summary>
    /// The Host header values answered (see <see cref="Infrastructure.AllowedHostList"/>; <c>*</c> for any); null for the
    /// public URL's host plus <c>localhost</c>, <c>127.0.0.1</c> and <c>[::1]</c>. A request with another Host is 400.
    /// </summary>
    public IReadOnlyList<string>? AllowedHosts { get; init; }

    /// <summary>The SQLite database file.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Load the demo company (the sample agreements) at start-up.</summary>
    public bool Demo { get; init; }

    /// <summary>Where "now" comes from; the system clock in production, a fixed clock in tests.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>The secrets inbound webhooks are signed with (<c>whsec_…</c>); several while a secret is rotated.</summary>
    public IReadOnlyList<string> WebhookSecretTexts { get; init; } = [];

    /// <summary>The webhook secrets, parsed (invalid ones were refused when the server started).</summary>
    public IReadOnlyList<WebhookSecret> WebhookSecrets() =>
        WebhookSecretTexts.Select(t => WebhookSecret.TryParse(t, out var secret, out _) ? secret : throw new InvalidOperationException("A webhook secret is not valid.")).ToList();

    /// <summary>Where warnings and breaches are sent: webhook endpoints and the SMTP server (the settings file's <c>notices</c>).</summary>
    public Pactum.Domain.Notices.NoticeSettings Notices { get; init; } = Pactum.Domain.Notices.NoticeSettings.None;

    /// <summary>Run the clock sweeper and the notice dispatcher in the background (tests that drive them by hand turn this off).</summary>
    public bool BackgroundServices { get; init; } = true;

    /// <summary>The ASP.NET Core environment name (Production unless stated).</summary>
    public string Environment { get; init; } = "Production";
}
