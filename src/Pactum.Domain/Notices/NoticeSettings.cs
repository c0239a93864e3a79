using NodaTime;
using Pactum.Domain.Webhooks;

namespace Pactum.Domain.Notices;

/// <summary>
/// Where notices go (SPEC C3): outbound webhook endpoints, each for every party or the parties it names, and the SMTP
/// server that mails the points of contact. Read from the settings file (<see cref="NoticeSettingsFile"/>).
/// </summary>
public sealed record NoticeSettings
{
    /// <summary>No endpoints and no mail: notices wait in the outbox, and the pages say so.</summary>
    public static NoticeSettings None { get; } = new();

    /// <summary>The webhook endpoints, by unique name.</summary>
    public IReadOnlyList<WebhookEndpoint> Webhooks { get; init; } = [];

    /// <summary>The SMTP server, or null when notices are not mailed.</summary>
    public SmtpSettings? Smtp { get; init; }

    /// <summary>
    /// Whether webhooks may go to loopback, link-local, private, multicast and unspecified addresses
    /// (<see cref="TargetAddress"/>): false unless the settings file says <c>allowPrivateTargets: true</c>.
    /// </summary>
    public bool AllowPrivateTargets { get; init; }

    /// <summary>How long one delivery may take (connecting, sending and the answer) before it fails; 15 seconds unless written.</summary>
    public Duration Timeout { get; init; } = DefaultTimeout;

    /// <summary>The <see cref="Timeout"/> when the settings file does not set one.</summary>
    public static Duration DefaultTimeout => Duration.FromSeconds(15);

    /// <summary>The endpoint named <paramref name="name"/>, or null.</summary>
    public WebhookEndpoint? Endpoint(string name) => Webhooks.FirstOrDefault(w => w.Name == name);
}

/// <summary>An outbound webhook endpoint: a name, a URL, the secret its deliveries are signed with, and the parties it hears of (all when empty).</summary>
public sealed record WebhookEndpoint(string Name, Uri Url, WebhookSecret Secret, IReadOnlyList<string> Parties)
{
    /// <summary>Whether the endpoint hears of notices for <paramref name="party"/>.</summary>
    public bool Hears(string party) => Parties.Count == 0 || Parties.Contains(party);

    /// <summary>The URL as pages and the API show it (<see cref="WebhookUrlMask"/>).</summary>
    public string MaskedUrl => WebhookUrlMask.Of(Url);
}

/// <summary>An SMTP server: host, port, the sender address, optional credentials, and how the connection is secured.</summary>
public sealed record SmtpSettings(string Host, int Port, string From, string? UserName, string? Password, SmtpSecurity Security = SmtpSecurity.Default);
