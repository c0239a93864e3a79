using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Pactum.Testing;

/// <summary>
/// An HTTP endpoint on 127.0.0.1 that records every request it receives (headers and body) and answers from a script:
/// each answer is a status, an optional Retry-After in seconds and an optional Location; when the script runs out it
/// answers 200. It can also be made slow (<see cref="Delay"/>) or to drop every connection (<see cref="Abort"/>).
/// </summary>
public sealed class WebhookListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, int? RetryAfterSeconds, Uri? Location)> _answers = new();

    private WebhookListener(WebApplication app) => _app = app;

    /// <summary>The requests received, in order.</summary>
    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>How long to wait before answering (or before dropping the connection).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Drop every connection instead of answering.</summary>
    public bool Abort { get; set; }

    /// <summary>The address to post to.</summary>
    public Uri Url => new(_app.Urls.First() + "/hook");

    /// <summary>Starts a listener on a free port of 127.0.0.1.</summary>
    public static async Task<WebhookListener> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var listener = new WebhookListener(app);
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            listener.Received.Enqueue(new ReceivedWebhook(context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()), body));
            try
            {
                await Task.Delay(listener.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // the sender gave up
            }

            if (listener.Abort)
            {
                context.Abort();
                return;
            }

            var (status, retryAfter, location) = listener._answers.TryDequeue(out var answer) ? answer : (200, null, null);
            if (retryAfter is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (location is not null)
            {
                context.Response.Headers.Location = location.ToString();
            }

            context.Response.StatusCode = status;
        });
        await app.StartAsync();
        return listener;
    }

    /// <summary>Answers the next requests with <paramref name="answers"/>, in order.</summary>
    public void AnswerWith(params (int Status, int? RetryAfterSeconds)[] answers)
    {
        foreach (var (status, retryAfter) in answers)
        {
            _answers.Enqueue((status, retryAfter, null));
        }
    }

    /// <summary>Answers the next request with <paramref name="status"/> (a 3xx) and a Location of <paramref name="location"/>.</summary>
    public void RedirectTo(Uri location, int status = 302) => _answers.Enqueue((status, null, location));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A request the listener received: its headers (lower-case names) and body.</summary>
public sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, string Body);
