using System.Net;
using System.Text.Json;
using NodaTime;
using Pactum.Domain.Notices;
using Pactum.Server.Features.Notices;
using Pactum.Storage.Notices;

namespace Pactum.Server.Tests.Notices;

/// <summary>Webhooks go only to public addresses unless private targets are allowed, follow no redirect, and are shown masked.</summary>
public sealed class OutboundTargetTests
{
    [Fact]
    public async Task DispatchAsync_LoopbackTargetNotAllowed_FailsWithTheRefusalAndSendsNothing()
    {
        await using var world = await NoticeWorld.StartAsync(mail: false, s => s with { AllowPrivateTargets = false });
        world.SweepAt(NoticeWorld.WarnAt);

        await world.DispatchAfter(Duration.Zero);

        var delivery = Assert.Single(world.Outbox.Deliveries());
        Assert.Equal((DeliveryState.Pending, "refused: 127.0.0.1 is a loopback address; set allowPrivateTargets: true to allow"), (delivery.State, delivery.LastError));
        Assert.Empty(world.Webhook.Received);
    }

    [Fact]
    public async Task DispatchAsync_HostNameResolvingToLoopback_IsRefusedAtConnectTime()
    {
        await using var world = await NoticeWorld.StartAsync(mail: false, s => s with
        {
            AllowPrivateTargets = false,
            Webhooks = [s.Webhooks[0] with { Url = new UriBuilder(s.Webhooks[0].Url) { Host = "localhost" }.Uri }],
        });
        world.SweepAt(NoticeWorld.WarnAt);

        await world.DispatchAfter(Duration.Zero);

        var error = Assert.Single(world.Outbox.Deliveries()).LastError;
        Assert.Matches("^refused: (127\\.0\\.0\\.1|::1) is a loopback address; set allowPrivateTargets: true to allow$", error);
        Assert.Empty(world.Webhook.Received);
    }

    [Fact]
    public async Task ConnectAsync_IPv4MappedPrivateAddress_ThrowsTheRefusal()
    {
        var refused = await Assert.ThrowsAsync<RefusedTargetException>(() => TargetGuard.ConnectAsync(new DnsEndPoint("[::ffff:10.0.0.5]", 80), allowPrivate: false, default).AsTask());

        Assert.Equal("refused: ::ffff:10.0.0.5 is a private address; set allowPrivateTargets: true to allow", refused.Message);
    }

    [Fact]
    public async Task DispatchAsync_Redirect_IsNotFollowedAndFailsSayingSo()
    {
        await using var world = await NoticeWorld.StartAsync(mail: false);
        world.SweepAt(NoticeWorld.WarnAt);
        world.Webhook.RedirectTo(world.Webhook.Url, 307);

        await world.DispatchAfter(Duration.Zero);

        var delivery = Assert.Single(world.Outbox.Deliveries());
        Assert.Equal((DeliveryState.Pending, 307), (delivery.State, delivery.LastStatus));
        Assert.Equal($"307 Temporary Redirect: a redirect to {WebhookUrlMask.Of(world.Webhook.Url)}, which is not followed; set the endpoint's url to the final address", delivery.LastError);
        Assert.Single(world.Webhook.Received);
    }

    [Fact]
    public async Task EndpointsApiAndNoticesPage_ShowTheUrlMasked()
    {
        await using var world = await NoticeWorld.StartAsync(mail: false);
        var masked = $"http://127.0.0.1:{world.Webhook.Url.Port}/…/hook";

        using var endpoints = JsonDocument.Parse(await world.Server.Client.GetStringAsync("/api/notices/endpoints"));
        var page = await world.Server.Client.GetStringAsync("/notices");

        Assert.Equal(masked, Assert.Single(endpoints.RootElement.EnumerateArray()).GetProperty("url").GetString());
        Assert.Contains($"<code>{masked}</code>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Webhook.Url.ToString(), page, StringComparison.Ordinal);
    }
}
