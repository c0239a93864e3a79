using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;
using Pactum.Domain.Leads.Import;
using Pactum.Domain.Webhooks;
using Pactum.Server.Infrastructure;
using Pactum.Storage.Leads;

namespace Pactum.Server.Features.Leads;

/// <summary>
/// Events in (SPEC L1): one event or a batch as JSON, a CSV file, and signed webhooks. Every delivery is answered per
/// event (taken, duplicate, rejected with the reason); a batch is written whole or not at all.
/// </summary>
internal static class EventEndpoints
{
    public static void MapEventEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/events").WithTags("Events");

        api.MapPost("/", async Task<Results<Ok<IntakeAnswer>, ProblemHttpResult>> (HttpRequest request, EventIntake intake, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) =>
        {
            return Take(intake, await BodyAsync(request), json.Value.SerializerOptions, delivery: null);
        })
        .Accepts<List<EventInput>>("application/json")
        .WithSummary("Deliver one event (an object) or a batch (an array, at most 10,000). Each is answered taken, duplicate or rejected with the reason.")
        .DisableAntiforgery();

        api.MapPost("/import", async Task<Results<Ok<ImportAnswer>, ProblemHttpResult>> (HttpRequest request, EventImports imports, string? format, string? zone, string? dateFormat, string? snapshotAt) =>
        {
            var upload = await CsvUpload.ReadAsync(request);
            if (upload.Error is { } error)
            {
                return FileErrorProblem.For("The CSV file could not be read.", error);
            }

            var answer = imports.Import(upload.Text!, upload.FileName, new ImportSettings(format, zone, dateFormat, snapshotAt));
            return answer.Refusal.Count > 0 ? FileErrorProblem.For("The file was not imported.", answer.Refusal) : TypedResults.Ok(answer);
        })
        .Accepts<string>("text/csv", "multipart/form-data")
        .WithSummary("Import a CSV file of events (generic columns, or a HubSpot or Salesforce export): totals and every rejected row with its line.")
        .WithDescription("format: generic, hubspot or salesforce (default: from the header); zone: the IANA zone of a CRM export's dates; dateFormat: its date pattern (Salesforce: required, e.g. M/d/yyyy h:mm a); snapshotAt: when the export was taken (dates its status columns).")
        .DisableAntiforgery();

        app.MapPost("/api/webhooks/events", async Task<Results<Ok<IntakeAnswer>, ProblemHttpResult>> (HttpRequest request, EventIntake intake, PactumServerOptions options, IClock clock, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) =>
        {
            var secrets = options.WebhookSecrets();
            if (secrets.Count == 0)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Inbound webhooks are not set up.",
                    detail: "Start Pactum with --webhook-secret whsec_… (or PACTUM_WEBHOOK_SECRETS) to receive signed events.");
            }

            var body = await BodyAsync(request);
            var headers = request.Headers;
            var verification = StandardWebhook.Verify(secrets, headers[StandardWebhook.IdHeader], headers[StandardWebhook.TimestampHeader], headers[StandardWebhook.SignatureHeader], body, clock.GetCurrentInstant());
            return verification.IsValid
                ? Take(intake, body, json.Value.SerializerOptions, WebhookDelivery.Of(headers[StandardWebhook.IdHeader].ToString(), body))
                : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The webhook signature is not valid.", detail: verification.Message);
        })
        .WithTags("Events")
        .Accepts<List<EventInput>>("application/json")
        .WithSummary("Signed events (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature). A redelivered webhook-id changes nothing.")
        .WithDescription("A webhook-id is used up by the first delivery under it that was taken (at least one event taken or already known). The same id with the same body (byte for byte) is a duplicate; with a different body it is answered 409. A delivery whose events were all rejected leaves its id free, so a corrected retry under the same id is taken.")
        .DisableAntiforgery();
    }

    /// <summary>The raw request body: a signature is checked over these bytes, never over re-serialised JSON.</summary>
    private static async Task<byte[]> BodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static Results<Ok<IntakeAnswer>, ProblemHttpResult> Take(EventIntake intake, byte[] body, JsonSerializerOptions options, WebhookDelivery? delivery)
    {
        List<EventInput>? inputs;
        try
        {
            using var document = JsonDocument.Parse(body);
            inputs = document.RootElement.ValueKind switch
            {
                JsonValueKind.Array => document.RootElement.Deserialize<List<EventInput>>(options),
                JsonValueKind.Object => [document.RootElement.Deserialize<EventInput>(options)!],
                _ => null,
            };
        }
        catch (JsonException ex)
        {
            return FileErrorProblem.For("The body is not valid JSON.", $"{ex.Message}");
        }

        if (inputs is null)
        {
            return FileErrorProblem.For("The body is not an event.", "expected one event (a JSON object) or a batch (a JSON array of events)");
        }

        if (NullItems.Of(inputs, "an event (a JSON object)").ToList() is { Count: > 0 } nulls)
        {
            return FileErrorProblem.For("The body is not an event.", nulls);
        }

        if (inputs.Count > EventIntake.MaxBatch)
        {
            return FileErrorProblem.For("The batch is too large.", $"a batch holds at most {EventIntake.MaxBatch:N0} events; this one holds {inputs.Count:N0}: send it in parts");
        }

        return delivery is null ? TypedResults.Ok(intake.Take(inputs)) : Receive(intake, inputs, delivery);
    }

    /// <summary>A signed delivery's answer: per event, or 409 when its webhook-id was taken before with another body.</summary>
    private static Results<Ok<IntakeAnswer>, ProblemHttpResult> Receive(EventIntake intake, List<EventInput> inputs, WebhookDelivery delivery)
    {
        var (receipt, answer) = intake.Receive(inputs, delivery);
        return answer is not null
            ? TypedResults.Ok(answer)
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This webhook-id was received before with a different body.",
                detail: $"webhook-id {delivery.Id} was taken at {receipt.FirstReceivedAt} with other content; nothing was changed. Send a new message under a new webhook-id.");
    }
}
