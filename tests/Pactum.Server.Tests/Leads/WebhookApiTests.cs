using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NodaTime;
using Pactum.Domain.Webhooks;
using Pactum.Testing;

namespace Pactum.Server.Tests.Leads;

public sealed class WebhookApiTests
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string Body = """{"eventId":"w1","leadId":"L9","type":"lead_created","occurredAt":"2026-11-02T13:00:00Z"}""";

    private static Task<RunningServer> Start() => RunningServer.StartAsync(demo: false, o => o with { WebhookSecretTexts = ["whsec_c2Vjb25kLXNlY3JldC1mb3Itcm90YXRpb24=", Secret] });

    private static HttpRequestMessage Signed(RunningServer server, string id, string body, Duration age, string? signature = null)
    {
        WebhookSecret.TryParse(Secret, out var secret, out _);
        var timestamp = (server.Clock.GetCurrentInstant() - age).ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", signature ?? StandardWebhook.Sign(secret!, id, timestamp, Encoding.UTF8.GetBytes(body)));
        return request;
    }

    [Fact]
    public async Task Webhook_SignedWithTheRotatedSecret_IsTakenOnce()
    {
        await using var server = await Start();

        var first = await server.Client.SendAsync(Signed(server, "msg_1", Body, Duration.Zero));
        var redelivery = await server.Client.SendAsync(Signed(server, "msg_1", Body, Duration.FromSeconds(60)));

        Assert.Equal("taken", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results")[0].GetProperty("outcome").GetString());
        Assert.Equal("duplicate", (await redelivery.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Webhook_SameIdOtherSignedBody_Is409AndTakesNothing()
    {
        await using var server = await Start();
        await server.Client.SendAsync(Signed(server, "msg_5", Body, Duration.Zero));

        var other = await server.Client.SendAsync(Signed(server, "msg_5", Body.Replace("L9", "L8", StringComparison.Ordinal).Replace("w1", "w2", StringComparison.Ordinal), Duration.Zero));

        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Contains("different body", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/leads/L8")).StatusCode);
    }

    [Fact]
    public async Task Webhook_EveryEventRejected_CorrectedRetryUnderTheSameIdIsTaken()
    {
        await using var server = await Start();
        var rejected = await server.Client.SendAsync(Signed(server, "msg_6", Body.Replace("lead_created", "lead_invented", StringComparison.Ordinal), Duration.Zero));

        var retry = await server.Client.SendAsync(Signed(server, "msg_6", Body, Duration.Zero));

        Assert.Equal(["rejected"], await Outcomes(rejected));
        Assert.Equal(["taken"], await Outcomes(retry));
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/api/leads/L9")).StatusCode);
    }

    [Fact]
    public async Task Webhook_SomeEventsRejected_UsesUpTheIdSoTheSameBodyIsADuplicate()
    {
        await using var server = await Start();
        var batch = $"[{Body},{Body.Replace("w1", "w2", StringComparison.Ordinal).Replace("lead_created", "lead_invented", StringComparison.Ordinal)}]";
        var first = await server.Client.SendAsync(Signed(server, "msg_7", batch, Duration.Zero));

        var again = await server.Client.SendAsync(Signed(server, "msg_7", batch, Duration.Zero));
        var corrected = await server.Client.SendAsync(Signed(server, "msg_7", batch.Replace("lead_invented", "lead_created", StringComparison.Ordinal), Duration.Zero));

        Assert.Equal(["taken", "rejected"], await Outcomes(first));
        Assert.Equal(["duplicate", "rejected"], await Outcomes(again));
        Assert.Equal(HttpStatusCode.Conflict, corrected.StatusCode);
    }

    private static async Task<string[]> Outcomes(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results").EnumerateArray().Select(r => r.GetProperty("outcome").GetString() ?? "").ToArray();

    [Fact]
    public async Task Webhook_TamperedBody_Is401AndTakesNothing()
    {
        await using var server = await Start();
        var request = Signed(server, "msg_2", Body, Duration.Zero);
        request.Content = new StringContent(Body.Replace("L9", "L8", StringComparison.Ordinal), Encoding.UTF8, "application/json");

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/leads/L8")).StatusCode);
    }

    [Fact]
    public async Task Webhook_StaleTimestamp_Is401SayingSo()
    {
        await using var server = await Start();

        var response = await server.Client.SendAsync(Signed(server, "msg_3", Body, Duration.FromSeconds(301)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("301 seconds older", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_NoSecretConfigured_Is503()
    {
        await using var server = await RunningServer.StartAsync(demo: false);

        var response = await server.Client.PostAsync("/api/webhooks/events", new StringContent(Body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
