using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using Pactum.Domain.Time;
using Pactum.Server.Infrastructure;
using Pactum.Storage.Notices;

namespace Pactum.Server.Features.Notices;

/// <summary>Webhook endpoints, deliveries and dead letters, through the API.</summary>
internal static class NoticeEndpoints
{
    public static void MapNoticeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/notices/endpoints", (PactumServerOptions options) => TypedResults.Ok(options.Notices.Webhooks
                .Select(w => new WebhookEndpointLine(w.Name, w.MaskedUrl, w.Parties)).ToList()))
            .WithTags("Notices")
            .WithSummary("The outbound webhook endpoints configured in the settings file; URLs masked to scheme, host and the last 4 characters of the path, secrets never shown.");

        app.MapGet("/api/notices/deliveries", Results<Ok<List<DeliveryLine>>, ProblemHttpResult> (string? state, NoticeOutbox outbox) =>
            state is null || Enum.TryParse<DeliveryState>(state, ignoreCase: true, out _)
                ? TypedResults.Ok(outbox.Deliveries(state is null ? null : DeliveryStates.Parse(state)).Select(DeliveryLine.From).ToList())
                : FileErrorProblem.For("The query is not valid.", $"state: '{state}' is not one of pending, delivered, dead"))
            .WithTags("Notices")
            .WithSummary("Deliveries of warnings and breaches, newest first; ?state=dead lists the dead letters.");

        app.MapPost("/api/notices/deliveries/{id:long}/retry", Results<NoContent, NotFound<string>> (long id, NoticeOutbox outbox, IClock clock) =>
            outbox.Retry(id, clock.GetCurrentInstant()) ? TypedResults.NoContent() : TypedResults.NotFound($"delivery {id} is not a dead letter"))
            .WithTags("Notices")
            .WithSummary("Sends a dead letter again, with a fresh retry window.");
    }
}

/// <summary>An outbound webhook endpoint: its name, its address masked (scheme, host, the last 4 characters of the path), and the parties it hears of (all when empty).</summary>
public sealed record WebhookEndpointLine(string Name, string Url, IReadOnlyList<string> Parties);

/// <summary>One delivery of a notice: channel (webhook or email), target, state, attempts, the last answer and the next attempt.</summary>
public sealed record DeliveryLine(long Id, long NoticeId, string Type, string Subject, string Channel, string Target, string State, int Attempts, int? LastStatus, string? LastError, string Next, string CreatedAt)
{
    public static DeliveryLine From(NoticeDelivery d) => new(
        d.Id, d.NoticeId, d.Type, d.Subject, d.Channel, d.Target, d.State.ToText(), d.Attempts, d.LastStatus, d.LastError, InstantText.Format(d.Next), InstantText.Format(d.CreatedAt));
}
