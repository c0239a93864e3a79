using NodaTime;
using Pactum.Domain.Notices;
using Pactum.Storage.Notices;

namespace Pactum.Server.Features.Notices;

/// <summary>
/// Delivers the outbox: fans new notices out to the webhook endpoints and SMTP recipients in the settings, sends each
/// due delivery, and records the attempt — delivered, tried again on <see cref="DeliverySchedule"/>, or a dead letter.
/// Each delivery is isolated: whatever one attempt throws is recorded as that delivery's failure, with its error, and
/// the round goes on to the next; a delivery never throws out of a round.
/// </summary>
public sealed class NoticeDispatcher(NoticeOutbox outbox, PactumServerOptions options, WebhookSender webhooks, IClock clock, ILogger<NoticeDispatcher> log)
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
            Record(delivery, await AttemptAsync(delivery, stop).ConfigureAwait(false));
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

    /// <summary>One attempt at <paramref name="delivery"/>: what its sender answered, or what it threw as a failure.</summary>
    private async Task<DeliveryResult> AttemptAsync(NoticeDelivery delivery, CancellationToken stop)
    {
        try
        {
            return await SendAsync(delivery, stop).ConfigureAwait(false);
        }
        catch (Exception e) when (!stop.IsCancellationRequested)
        {
            log.LogWarning(e, "Delivery {Delivery} of notice {Notice} threw; it is recorded as a failed attempt", delivery.Id, delivery.NoticeId);
            return DeliveryResult.Threw(e);
        }
    }

    /// <summary>Records the attempt: delivered, tried again on the schedule, or a dead letter.</summary>
    private void Record(NoticeDelivery delivery, DeliveryResult result)
    {
        var at = clock.GetCurrentInstant();
        if (result.Delivered)
        {
            outbox.Delivered(delivery, at, result.Status);
            return;
        }

        var next = result.Final ? null : DeliverySchedule.Next(delivery.Attempts + 1, delivery.FirstAttempt ?? at, at, result.Status, result.RetryAfter);
        outbox.Failed(delivery, at, result.Status, result.Error ?? "failed", next);
    }

    private Task<DeliveryResult> SendAsync(NoticeDelivery delivery, CancellationToken stop)
    {
        if (delivery.Channel == "email")
        {
            return Settings.Smtp is { } smtp
                ? EmailSender.SendAsync(smtp, Settings.Timeout, delivery, stop)
                : Task.FromResult(DeliveryResult.Unsendable("no SMTP server is configured any more"));
        }

        return Settings.Endpoint(delivery.Target) is { } endpoint
            ? webhooks.SendAsync(endpoint, delivery, stop)
            : Task.FromResult(DeliveryResult.Unsendable($"the webhook endpoint '{delivery.Target}' is not configured any more"));
    }
}
