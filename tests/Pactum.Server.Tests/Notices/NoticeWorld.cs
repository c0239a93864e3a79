using System.Text;
using Dapper;
using NodaTime;
using Pactum.Domain.Notices;
using Pactum.Domain.Webhooks;
using Pactum.Server.Features.Notices;
using Pactum.Storage.Clocks;
using Pactum.Storage.Database;
using Pactum.Storage.Notices;
using Pactum.Testing;

namespace Pactum.Server.Tests.Notices;

/// <summary>
/// A server without background services, holding the sample internal agreement, whose notices go to a webhook listener
/// and (optionally) an SMTP listener on 127.0.0.1 (private targets allowed, as on-premise servers need); one lead
/// handed off at Monday 2 November 2026 09:00 New York (first touch due at 10:00, warning at 09:45).
/// </summary>
internal sealed class NoticeWorld : IAsyncDisposable
{
    public const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private NoticeWorld(RunningServer server, WebhookListener webhook, SmtpListener? smtp)
    {
        Server = server;
        Webhook = webhook;
        Smtp = smtp;
    }

    public static Instant HandOff { get; } = Instant.FromUtc(2026, 11, 2, 14, 0);

    /// <summary>When the first-touch clock warns: 45 minutes after the hand-off.</summary>
    public static Instant WarnAt { get; } = HandOff + Duration.FromMinutes(45);

    /// <summary>When the first-touch clock breaches: an hour after the hand-off.</summary>
    public static Instant Due { get; } = HandOff + Duration.FromMinutes(60);

    public static WebhookSecret WebhookSecret { get; } = WebhookSecret.TryParse(Secret, out var secret, out _) ? secret! : throw new InvalidOperationException();

    public RunningServer Server { get; }

    public WebhookListener Webhook { get; }

    public SmtpListener? Smtp { get; }

    public ClockSweeper Sweeper => (ClockSweeper)Server.Services.GetService(typeof(ClockSweeper))!;

    public NoticeDispatcher Dispatcher => (NoticeDispatcher)Server.Services.GetService(typeof(NoticeDispatcher))!;

    public NoticeOutbox Outbox => (NoticeOutbox)Server.Services.GetService(typeof(NoticeOutbox))!;

    /// <summary>
    /// Starts the world; <paramref name="configure"/> may change the notice settings (more endpoints, a shorter
    /// timeout, private targets refused).
    /// </summary>
    public static async Task<NoticeWorld> StartAsync(bool mail, Func<NoticeSettings, NoticeSettings>? configure = null)
    {
        var webhook = await WebhookListener.StartAsync();
        var smtp = mail ? new SmtpListener() : null;
        var settings = new NoticeSettings
        {
            Webhooks = [new WebhookEndpoint("sales-chat", webhook.Url, WebhookSecret, ["sales"])],
            Smtp = smtp is null ? null : new SmtpSettings("127.0.0.1", smtp.Port, "pactum@company-x.example", null, null),
            AllowPrivateTargets = true,
        };
        var server = await RunningServer.StartAsync(demo: false, o => o with { BackgroundServices = false, Notices = configure?.Invoke(settings) ?? settings });
        var yaml = await File.ReadAllTextAsync(Path.Combine(Repository.Root(), "samples", "agreements", "company-x-internal.yaml"));
        (await server.Client.PostAsync("/api/agreements", new StringContent(yaml, Encoding.UTF8, "application/yaml"))).EnsureSuccessStatusCode();
        var csv = "event_id,lead_id,type,occurred_at,owner\nh1,L1,handed_off,2026-11-02T14:00:00Z,Dana\n";
        (await server.Client.PostAsync("/api/events/import", new StringContent(csv, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        return new NoticeWorld(server, webhook, smtp);
    }

    /// <summary>Moves the server's clock to <paramref name="at"/> and sweeps.</summary>
    public void SweepAt(Instant at)
    {
        Server.Clock.Advance(at - Server.Clock.GetCurrentInstant());
        Sweeper.Sweep(at);
    }

    /// <summary>Moves the server's clock on by <paramref name="by"/> and runs one round of the dispatcher.</summary>
    public Task<int> DispatchAfter(Duration by)
    {
        Server.Clock.Advance(by);
        return Dispatcher.DispatchAsync();
    }

    /// <summary>
    /// Writes a notice for the sales party straight into the outbox, as an older version (or a damaged row) could have:
    /// <paramref name="emails"/> comma-joined as stored, <paramref name="payload"/> as it is.
    /// </summary>
    public void WriteRawNotice(string subject, string emails, string payload)
    {
        var database = (SqliteDatabase)Server.Services.GetService(typeof(SqliteDatabase))!;
        using var connection = database.Connect();
        connection.Execute(
            "INSERT INTO notices (created_ticks, type, party, emails, payload, subject) VALUES (@now, 'clock.breached', 'sales', @emails, @payload, @subject)",
            new { now = Server.Clock.GetCurrentInstant().ToUnixTimeTicks(), emails, payload, subject });
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Webhook.DisposeAsync();
        Smtp?.Dispose();
    }
}
