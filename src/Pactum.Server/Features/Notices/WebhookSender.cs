using System.Net;
using System.Net.Http.Headers;
using System.Text;
using NodaTime;
using Pactum.Domain.Notices;
using Pactum.Domain.Webhooks;
using Pactum.Storage.Notices;

namespace Pactum.Server.Features.Notices;

/// <summary>
/// Posts a notice to a webhook endpoint, signed the Standard Webhooks way: <c>webhook-id</c> (the notice's id, the same
/// on every retry, so the receiver can drop repeats), <c>webhook-timestamp</c> and <c>webhook-signature</c> (HMAC-SHA256
/// of id.timestamp.body with the endpoint's secret). A 2xx answer delivers it; any other answer or no answer within
/// the notices' timeout fails, a redirect too (it is not followed), and a 429 or 503 with Retry-After says when to come
/// back. Requests go through the <see cref="ClientName"/> client of <see cref="IHttpClientFactory"/>, whose handler is
/// the <see cref="TargetGuard"/>.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, IClock clock)
{
    /// <summary>The name of the <see cref="IHttpClientFactory"/> client webhooks go out through.</summary>
    public const string ClientName = "notices.webhooks";

    /// <summary>Sends <paramref name="delivery"/> to <paramref name="endpoint"/>.</summary>
    public async Task<DeliveryResult> SendAsync(WebhookEndpoint endpoint, NoticeDelivery delivery, CancellationToken stop)
    {
        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        var id = $"notice_{delivery.NoticeId}";
        var now = clock.GetCurrentInstant();
        var timestamp = now.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(StandardWebhook.IdHeader, id);
        request.Headers.Add(StandardWebhook.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(StandardWebhook.SignatureHeader, StandardWebhook.Sign(endpoint.Secret, id, timestamp, body));
        using var http = clients.CreateClient(ClientName);
        try
        {
            using var response = await http.SendAsync(request, stop).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? DeliveryResult.Ok(status)
                : status is >= 300 and < 400 ? DeliveryResult.Failed(Redirect(response, status), status)
                : DeliveryResult.Failed($"{status} {response.ReasonPhrase}", status, RetryAfter(response, now));
        }
        catch (TaskCanceledException) when (!stop.IsCancellationRequested)
        {
            return DeliveryResult.Failed($"no answer within {http.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return DeliveryResult.Failed(FindRefusal(e)?.Message ?? e.Message);
        }
    }

    private static string Redirect(HttpResponseMessage response, int status)
    {
        var to = response.Headers.Location is { IsAbsoluteUri: true } location ? $" to {WebhookUrlMask.Of(location)}" : "";
        return $"{status} {response.ReasonPhrase}: a redirect{to}, which is not followed; set the endpoint's url to the final address";
    }

    private static RefusedTargetException? FindRefusal(Exception? e) =>
        e is null ? null : e as RefusedTargetException ?? FindRefusal(e.InnerException);

    private static Duration? RetryAfter(HttpResponseMessage response, Instant now)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable) || response.Headers.RetryAfter is not { } after)
        {
            return null;
        }

        return after.Delta is { } delta
            ? Duration.FromTimeSpan(delta)
            : after.Date is { } date ? Instant.FromDateTimeOffset(date) - now : null;
    }
}
