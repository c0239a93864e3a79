using NodaTime;
using Pactum.Domain.Notices;
using Pactum.Storage.Notices;

namespace Pactum.Server.Features.Notices;

/// <summary>
/// Delivers the outbox: fans new notices out to the webhook endpoints and SMTP recipients in the settings, sends each
/// due delivery, and records the attempt — delivered, tried again on <see cref="DeliverySchedule"/>, or a dead letter.
/// </summary>
public sealed class NoticeDispatcher(NoticeOutbox outbox, PactumServerOptions options, WebhookSender webhooks, IClock clock)
{
    /// <summary>How often <see cref="RunAsync"/> looks at the outbox.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private NoticeSettings Settings => options.Notices;

    /// <summary>One round: fan out, then send what is due now; the number of attempts made.</summary>
    public async Task<int> DispatchAsync(CancellationToken stop = default)
    {
        outbox.FanOut(Settings, clock.GetCurrentInstant());
        var due = outbox.Due(clock.GetCurrentInstant());
        foreach (var delivery in due)
        {
            var result = await SendAsync(delivery, stop).ConfigureAwait(false);
            var at = clock.GetCurrentInstant();
            if (result.Delivered)
            {
                outbox.Delivered(delivery, at, result.Status);
            }
            else
            {
                var next = result.Final ? null : DeliverySchedule.Next(delivery.Attempts + 1, delivery.FirstAttempt ?? at, at, result.Status, result.RetryAfter);
                outbox.Failed(delivery, at, result.Status, result.Error ?? "failed", next);
            }
        }

        return due.Count;
    }

    /// <summary>Dispatches a round every <see cref="Interval"/> until <paramref name="stop"/>.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await DispatchAsync(stop).ConfigureAwait(false);
            await Task.Delay(Interval, stop).ConfigureAwait(false);
        }
    }

    private Task<DeliveryResult> SendAsync(NoticeDelivery delivery, CancellationToken stop)
    {
        if (delivery.Channel == "email")
        {
            return Settings.Smtp is { } smtp
                ? EmailSender.SendAsync(smtp, delivery, stop)
                : Task.FromResult(DeliveryResult.Unsendable("no SMTP server is configured any more"));
        }

        return Settings.Endpoint(delivery.Target) is { } endpoint
            ? webhooks.SendAsync(endpoint, delivery, stop)
            : Task.FromResult(DeliveryResult.Unsendable($"the webhook endpoint '{delivery.Target}' is not configured any more"));
    }
}
