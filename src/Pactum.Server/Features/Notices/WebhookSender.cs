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
/// of id.timestamp.body with the endpoint's secret). A 2xx answer delivers it; any other answer or no answer fails,
/// and a 429 or 503 with Retry-After says when to come back.
/// </summary>
public sealed class WebhookSender(HttpClient http, IClock clock)
{
    /// <summary>How long an endpoint may take to answer.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

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
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? DeliveryResult.Ok(status)
                : DeliveryResult.Failed($"{status} {response.ReasonPhrase}", status, RetryAfter(response, now));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !stop.IsCancellationRequested)
        {
            return DeliveryResult.Failed(e is TaskCanceledException ? $"no answer within {Timeout.TotalSeconds:0} s" : e.Message);
        }
    }

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
