using Microsoft.AspNetCore.Http.HttpResults;
using Pactum.Domain.Assignment;
using Pactum.Server.Features.Agreements;
using Pactum.Server.Features.Leads;
using Pactum.Server.Infrastructure;
using Pactum.Storage.Leads;
using Pactum.Storage.Routing;

namespace Pactum.Server.Features.Routing;

/// <summary>The scoring, hand-off and assignment API (SPEC L4–L6): scores, the team, nurture enrolment, rule previews and routing rounds.</summary>
internal static class RoutingEndpoints
{
    public static void MapRoutingEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Scoring and assignment");

        api.MapGet("/leads/{id}/score", Results<Ok<LeadScoreView>, NotFound> (string id, HttpContext context, ScoreBook book) =>
            book.Explain(LeadPath.IdOf(context, id)) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithSummary("The lead's fit and interest score under the agreement in effect, every rule that counted, its history, and what the hand-off rules say of it.")
            .WithDescription(LeadPath.Addressing);

        api.MapGet("/reps", (TeamView team) => team.Rows())
            .WithSummary("The sales team hand-offs are assigned to: each rep's weight, capacity, away date, open leads and place in the turn.");

        api.MapPut("/reps/{id}", Results<Ok<SalesRep>, Created<SalesRep>, ProblemHttpResult> (string id, RepInput input, RepStore reps) =>
        {
            var (rep, problems) = input.ToRep(id, reps.Find(id.Trim()));
            if (rep is null)
            {
                return FileErrorProblem.For("The rep is not valid; nothing was saved.", problems);
            }

            return reps.Save(rep) ? TypedResults.Created($"/api/reps/{Uri.EscapeDataString(rep.Id)}", rep) : TypedResults.Ok(rep);
        })
        .WithSummary("Add a rep to the team, or change one: weight (weighted round-robin), capacity (open leads), the date they are back from being away, active (false removes them from the turn).")
        .DisableAntiforgery();

        api.MapPost("/leads/{id}/nurture", Results<NoContent, ProblemHttpResult, NotFound> (string id, HttpContext context, NurtureInput input, EventLog log, NurtureEnrolment nurture) =>
        {
            id = LeadPath.IdOf(context, id);
            if (log.EventsOf(id).Count == 0)
            {
                return TypedResults.NotFound();
            }

            return nurture.Enrol(id, input.Track, input.Reason, input.By) is { } problem
                ? FileErrorProblem.For("The lead was not enrolled.", problem)
                : TypedResults.NoContent();
        })
        .WithSummary("Enrol a lead in a nurture track by hand (sales returns it to marketing): awareness, consideration, decision or the agreement's own tracks.")
        .WithDescription(LeadPath.Addressing)
        .DisableAntiforgery();

        api.MapPost("/agreements/{id}/hand-off-preview", Results<Ok<HandOffPreview>, ProblemHttpResult, NotFound> (string id, ThresholdInput input, AgreementCatalog catalog, ScoreBook book) =>
        {
            if (catalog.Find(id) is not { } loaded)
            {
                return TypedResults.NotFound();
            }

            var (preview, problem) = book.PreviewThreshold(loaded, input.Threshold);
            return preview is null ? FileErrorProblem.For("Nothing to preview.", problem!) : TypedResults.Ok(preview);
        })
        .WithSummary("Which leads in marketing would be handed off if the hand-off threshold were this, beside the version in effect — before proposing it.")
        .DisableAntiforgery();

        api.MapPost("/routing/run", (LeadRouter router) => router.Sweep())
            .WithSummary("Run a routing round now: hand off the leads the rules qualify, recycle those due, reassign missed first touches.")
            .DisableAntiforgery();
    }
}

/// <summary>A manual enrolment in a nurture track: the track, why, and who.</summary>
public sealed record NurtureInput(string? Track, string? Reason = null, string? By = null);

/// <summary>A hand-off threshold to preview.</summary>
public sealed record ThresholdInput(decimal? Threshold);

