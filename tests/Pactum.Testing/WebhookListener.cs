using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Pactum.Testing;

/// <summary>
/// An HTTP endpoint on 127.0.0.1 that records every request it receives (headers and body) and answers from a script:
/// each answer is a status and an optional Retry-After in seconds; when the script runs out it answers 200.
/// </summary>
public sealed class WebhookListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, int? RetryAfterSeconds)> _answers = new();

    private WebhookListener(WebApplication app) => _app = app;

    /// <summary>The requests received, in order.</summary>
    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

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
            var (status, retryAfter) = listener._answers.TryDequeue(out var answer) ? answer : (200, null);
            if (retryAfter is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            context.Response.StatusCode = status;
        });
        await app.StartAsync();
        return listener;
    }

    /// <summary>Answers the next requests with <paramref name="answers"/>, in order.</summary>
    public void AnswerWith(params (int Status, int? RetryAfterSeconds)[] answers)
    {
        foreach (var answer in answers)
        {
            _answers.Enqueue(answer);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A request the listener received: its headers (lower-case names) and body.</summary>
public sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, string Body);
