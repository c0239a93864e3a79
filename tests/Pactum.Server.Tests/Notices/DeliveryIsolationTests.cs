using System.Text.Json;
using NodaTime;
using Pactum.Domain.Notices;
using Pactum.Storage.Notices;
using Pactum.Testing;

namespace Pactum.Server.Tests.Notices;

/// <summary>One poisoned delivery among good ones: every good one is delivered, each bad one is recorded with its error.</summary>
public sealed class DeliveryIsolationTests
{
    [Fact]
    public async Task DispatchAsync_PoisonedDeliveriesFirstInTheQueue_DeliversEveryGoodOneAndRecordsEachFailure()
    {
        await using var failing = await WebhookListener.StartAsync();
        await using var hanging = await WebhookListener.StartAsync();
        await using var dropping = await WebhookListener.StartAsync();
        failing.AnswerWith(Enumerable.Repeat<(int, int?)>((500, null), 10).ToArray());
        hanging.Delay = TimeSpan.FromSeconds(20);
        dropping.Abort = true;
        await using var world = await NoticeWorld.StartAsync(mail: true, s => s with
        {
            Webhooks = [.. s.Webhooks, Endpoint("failing", failing), Endpoint("hanging", hanging), Endpoint("dropping", dropping)],
            Timeout = Duration.FromSeconds(1),
        });

        // Written before the clock's notices, so their deliveries are first in the queue.
        world.WriteRawNotice("Split address", "kendra,x@company-x.example", """{"text":"Split address","data":{}}""");
        world.WriteRawNotice("Broken payload", "kendra@company-x.example", "{ not json");
        world.SweepAt(NoticeWorld.Due); // the warning and the breach, each to kendra@company-x.example

        // 4 notices × 4 endpoints, plus mails: kendra and x@… (the split), kendra (broken), kendra × 2 (clock).
        Assert.Equal(21, await world.DispatchAfter(Duration.Zero));

        var deliveries = world.Outbox.Deliveries();
        Assert.All(deliveries.Where(d => d.Target is "sales-chat" or "x@company-x.example"), d => Assert.Equal(DeliveryState.Delivered, d.State));
        Assert.Equal(4, world.Webhook.Received.Count);
        var mails = world.Smtp!.Received.ToList();
        Assert.Equal(["x@company-x.example", "kendra@company-x.example", "kendra@company-x.example"], mails.Select(m => Assert.Single(m.Recipients)));
        Assert.Equal(2, deliveries.Count(d => d.Target == "kendra@company-x.example" && d.State == DeliveryState.Delivered));

        var badAddress = Assert.Single(deliveries, d => d.Target == "kendra");
        Assert.Equal((DeliveryState.Dead, "'kendra' is not an e-mail address: it has no @"), (badAddress.State, badAddress.LastError));
        var broken = Assert.Single(deliveries, d => d.Subject == "Broken payload" && d.Channel == "email");
        Assert.Equal(DeliveryState.Pending, broken.State); // tried again on the schedule
        Assert.Contains("Exception: ", broken.LastError, StringComparison.Ordinal);
        Assert.All(Failures(deliveries, "failing"), d => Assert.Equal((500, "500 Internal Server Error"), (d.LastStatus!.Value, d.LastError)));
        Assert.All(Failures(deliveries, "hanging"), d => Assert.Equal("no answer within 1 s", d.LastError));
        Assert.All(Failures(deliveries, "dropping"), d => Assert.False(string.IsNullOrWhiteSpace(d.LastError)));

        using var pending = JsonDocument.Parse(await world.Server.Client.GetStringAsync("/api/notices/deliveries?state=pending"));
        Assert.Contains(pending.RootElement.EnumerateArray(), d => d.GetProperty("lastError").GetString() == "no answer within 1 s");
        var page = await world.Server.Client.GetStringAsync("/notices");
        Assert.Contains("no answer within 1 s", page, StringComparison.Ordinal);
        Assert.Contains("&#x27;kendra&#x27; is not an e-mail address", page, StringComparison.Ordinal);
    }

    private static WebhookEndpoint Endpoint(string name, WebhookListener listener) => new(name, listener.Url, NoticeWorld.WebhookSecret, ["sales"]);

    private static List<NoticeDelivery> Failures(IReadOnlyList<NoticeDelivery> deliveries, string target)
    {
        var failures = deliveries.Where(d => d.Target == target).ToList();
        Assert.Equal(4, failures.Count);
        Assert.All(failures, d => Assert.Equal((DeliveryState.Pending, 1), (d.State, d.Attempts)));
        return failures;
    }
}
