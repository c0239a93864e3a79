using System.Text;
using System.Text.Json;
using NodaTime;
using Pactum.Domain.Webhooks;
using Pactum.Storage.Notices;

namespace Pactum.Server.Tests.Notices;

public sealed class NoticeDeliveryTests
{
    [Fact]
    public async Task WarningAndBreach_ArriveAsSignedWebhooksAndMailsToTheSalesContact()
    {
        await using var world = await NoticeWorld.StartAsync(mail: true);
        world.SweepAt(NoticeWorld.Due);

        Assert.Equal(4, await world.DispatchAfter(Duration.Zero)); // two notices × (one endpoint + one contact)

        var hooks = world.Webhook.Received.ToList();
        Assert.Equal(2, hooks.Count);
        WebhookSecret.TryParse(NoticeWorld.Secret, out var secret, out _);
        foreach (var hook in hooks)
        {
            var check = StandardWebhook.Verify([secret!], hook.Headers["webhook-id"], hook.Headers["webhook-timestamp"], hook.Headers["webhook-signature"], Encoding.UTF8.GetBytes(hook.Body), world.Server.Clock.GetCurrentInstant());
            Assert.True(check.IsValid, check.Message);
        }

        using var breach = JsonDocument.Parse(hooks[1].Body);
        Assert.Equal("clock.breached", breach.RootElement.GetProperty("type").GetString());
        Assert.Contains("Breached: First follow-up within an hour on lead L1", breach.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("2026-11-02T15:00:00Z", breach.RootElement.GetProperty("data").GetProperty("due").GetString());
        Assert.Equal("Dana", breach.RootElement.GetProperty("data").GetProperty("owner").GetString());

        var mails = world.Smtp!.Received.ToList();
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Equal(["kendra@company-x.example"], m.Recipients));
        Assert.Contains("Subject: Warning: First follow-up within an hour on lead L1", mails[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, world.Outbox.Deliveries(DeliveryState.Delivered).Count(d => d.Channel == "email"));
    }

    [Fact]
    public async Task FailingWebhook_IsRetriedOnTheSchedule_HonoursRetryAfter_AndStopsAtA410()
    {
        await using var world = await NoticeWorld.StartAsync(mail: false);
        world.SweepAt(NoticeWorld.WarnAt); // one notice: the warning
        world.Webhook.AnswerWith((500, null), (503, null), (429, 600), (410, null));

        Assert.Equal(1, await world.DispatchAfter(Duration.Zero));       // 500: again in 30 s
        Assert.Equal(0, await world.DispatchAfter(Duration.FromSeconds(29)));
        Assert.Equal(1, await world.DispatchAfter(Duration.FromSeconds(1)));  // 503: again in 1 min
        Assert.Equal(1, await world.DispatchAfter(Duration.FromMinutes(1)));  // 429, Retry-After 600 s beats the 2 min backoff
        Assert.Equal(0, await world.DispatchAfter(Duration.FromMinutes(2)));
        Assert.Equal(1, await world.DispatchAfter(Duration.FromMinutes(8)));  // 410: stop
        Assert.Equal(0, await world.DispatchAfter(Duration.FromDays(2)));

        var dead = Assert.Single(world.Outbox.Deliveries(DeliveryState.Dead));
        Assert.Equal((4, 410), (dead.Attempts, dead.LastStatus));
        var times = world.Outbox.Attempts(dead.Id).Select(a => (a.At - NoticeWorld.WarnAt).ToTimeSpan()).ToList();
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(690)], times);
        Assert.Equal(4, world.Webhook.Received.Count);
        Assert.Single(world.Webhook.Received.Select(r => r.Headers["webhook-id"]).Distinct()); // the same message id on every retry

        var retry = await world.Server.Client.PostAsync($"/api/notices/deliveries/{dead.Id}/retry", null);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, retry.StatusCode);
        Assert.Equal(1, await world.DispatchAfter(Duration.Zero));
        Assert.Equal(DeliveryState.Delivered, world.Outbox.Deliveries().Single().State);
    }

    [Fact]
    public async Task NoticesPage_ListsTheEndpointAndTheDeadLetterWithARetryButton()
    {
        await using var world = await NoticeWorld.StartAsync(mail: false);
        world.SweepAt(NoticeWorld.WarnAt);
        world.Webhook.AnswerWith((410, null));
        await world.DispatchAfter(Duration.Zero);

        var html = await world.Server.Client.GetStringAsync("/notices");

        Assert.Contains("data-endpoint=\"sales-chat\"", html, StringComparison.Ordinal);
        Assert.Contains("Warning: First follow-up within an hour on lead L1", html, StringComparison.Ordinal);
        Assert.Contains("Send again", html, StringComparison.Ordinal);
        using var dead = JsonDocument.Parse(await world.Server.Client.GetStringAsync("/api/notices/deliveries?state=dead"));
        Assert.Equal(410, Assert.Single(dead.RootElement.EnumerateArray()).GetProperty("lastStatus").GetInt32());

        var bad = await world.Server.Client.GetAsync("/api/notices/deliveries?state=lost");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'lost' is not one of pending, delivered, dead", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
