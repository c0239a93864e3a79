using Microsoft.AspNetCore.Http.HttpResults;
using Pactum.Domain.Agreements;
using Pactum.Server.Infrastructure;
using Pactum.Storage.Agreements;

namespace Pactum.Server.Features.Agreements;

/// <summary>The agreements API: list, upload (validated), versions, the YAML as written, and the side-by-side view.</summary>
internal static class AgreementEndpoints
{
    private static readonly string[] YamlTypes = ["application/yaml", "application/x-yaml", "text/yaml", "text/plain"];

    public static void MapAgreementEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/agreements").WithTags("Agreements");

        api.MapGet("/", (AgreementCatalog catalog) => catalog.Latest().Select(AgreementSummary.From).ToList())
            .WithSummary("The latest version of every agreement.");

        api.MapPost("/", async Task<Results<Created<AgreementSummary>, Ok<AgreementSummary>, ProblemHttpResult>> (HttpRequest request, AgreementCatalog catalog, string? fileName) =>
        {
            var yaml = await ReadText(request);
            var upload = catalog.Upload(yaml, fileName ?? "upload.yaml", "api");
            if (upload.Stored is null)
            {
                return FileErrorProblem.For("The agreement file is not valid.", upload.Errors);
            }

            var summary = AgreementSummary.From(upload.Stored);
            return upload.Created ? TypedResults.Created($"/api/agreements/{summary.Id}", summary) : TypedResults.Ok(summary);
        })
        .Accepts<string>(YamlTypes[0], YamlTypes[1..])
        .WithSummary("Upload an agreement as YAML. A changed text becomes the next version; the same text changes nothing.")
        .DisableAntiforgery();

        api.MapPost("/validate", async Task<Results<Ok<AgreementSummary>, ProblemHttpResult>> (HttpRequest request, string? fileName) =>
        {
            var parsed = AgreementCatalog.Validate(await ReadText(request), fileName ?? "upload.yaml");
            return parsed.IsValid
                ? TypedResults.Ok(new AgreementSummary(parsed.Value!.Id, parsed.Value.Title, parsed.Value.Kind.ToFileText(), parsed.Value.Version, null))
                : FileErrorProblem.For("The agreement file is not valid.", parsed.Errors);
        })
        .Accepts<string>(YamlTypes[0], YamlTypes[1..])
        .WithSummary("Validate an agreement without storing it: every error with its line and field.")
        .DisableAntiforgery();

        api.MapGet("/{id}", Results<Ok<AgreementView>, NotFound> (string id, int? version, AgreementCatalog catalog) =>
            catalog.Find(id, version) is { } loaded ? TypedResults.Ok(AgreementView.From(loaded)) : TypedResults.NotFound())
            .WithSummary("One agreement side by side: a column per party and one for what is shared.");

        api.MapGet("/{id}/versions", Results<Ok<List<AgreementSummary>>, NotFound> (string id, AgreementCatalog catalog) =>
            catalog.Versions(id) is { Count: > 0 } versions ? TypedResults.Ok(versions.Select(AgreementSummary.From).ToList()) : TypedResults.NotFound())
            .WithSummary("Every stored version of an agreement, newest first.");

        api.MapGet("/{id}/yaml", Results<ContentHttpResult, NotFound> (string id, int? version, AgreementCatalog catalog) =>
            catalog.Find(id, version) is { } loaded ? TypedResults.Text(loaded.Stored.Yaml, "application/yaml; charset=utf-8") : TypedResults.NotFound())
            .WithSummary("The agreement file as it was written (export).");
    }

    private static async Task<string> ReadText(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync();
    }
}

/// <summary>One stored agreement version, in lists.</summary>
public sealed record AgreementSummary(string Id, string Title, string Kind, int Version, string? StoredAt)
{
    public static AgreementSummary From(StoredAgreement stored) =>
        new(stored.Id, stored.Title, stored.Kind, stored.Version, NodaTime.Text.InstantPattern.ExtendedIso.Format(stored.StoredAt));
}
