using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using Pactum.Domain.Reports;
using Pactum.Server.Features.Agreements;
using Pactum.Server.Infrastructure;
using Pactum.Storage.Reports;

namespace Pactum.Server.Features.Reports;

/// <summary>
/// The reports through the API (SPEC R1–R7, docs/reports.md): the same documents as <c>pactum report … --json</c>.
/// Every route takes <c>agreement</c>, <c>month</c> (yyyy-MM), <c>zone</c>, and where it makes sense <c>owner</c>,
/// <c>source</c>, <c>persona</c>; a bad parameter is a 400 ProblemDetails naming it.
/// </summary>
internal static class ReportEndpoints
{
    private const string Title = "The report's parameters are not valid";

    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Reports");

        reports.MapGet("/waterfall", (string? agreement, string? month, string? zone, string? owner, string? source, string? persona, decimal? goal, string? compare, decimal? customGoal, AgreementCatalog catalog, ReportBook book, IClock clock) =>
        {
            var request = ReportRequest.Read(catalog, clock, agreement, month, zone, owner, source, persona);
            var errors = request.Errors.ToList();
            var lines = (compare ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            errors.AddRange(lines.Except(WaterfallLines).Select(l => $"compare: '{l}' is not a comparison line; write {string.Join(", ", WaterfallLines)}"));
            var target = goal ?? request.Goals.Leads?.Target;
            if (target is not > 0)
            {
                errors.Add(target is null ? "goal: give the month's goal (the agreement has no monthly lead goal)" : "goal: must be greater than zero");
            }

            return errors.Count > 0
                ? Problem(errors)
                : Ok(ReportDocuments.Waterfall(book.Waterfall(request.Month, target!.Value,
                    new WaterfallOptions(customGoal, lines.Contains("last-month"), lines.Contains("same-month-last-year"), lines.Contains("last-three-months")), request.Filter)));
        }).WithSummary("The marketing waterfall: the cumulative goal line k·g/n and the leads first handed off by each day, with comparison lines (compare=last-month,same-month-last-year,last-three-months) and the pace.");

        reports.MapGet("/speed", (string? agreement, string? month, string? zone, string? owner, string? source, string? persona, bool? business, AgreementCatalog catalog, ReportBook book, IClock clock) =>
            Answer(ReportRequest.Read(catalog, clock, agreement, month, zone, owner, source, persona), r =>
                ReportDocuments.Speed(book.Speed(r.Month, business == false ? null : r.Agreement?.CalendarWithExclusions(), r.Goals.Speed?.Target, r.Filter))))
            .WithSummary("Follow-up speed: minutes from each lead's first hand-off in the month to its first attempt — business minutes on the agreement's calendar unless business=false — with average, median, 90th percentile, share met, day buckets, per day, week and rep.");

        reports.MapGet("/depth", (string? agreement, string? month, string? zone, string? owner, string? source, string? persona, AgreementCatalog catalog, ReportBook book, IClock clock) =>
            Answer(ReportRequest.Read(catalog, clock, agreement, month, zone, owner, source, persona), r => ReportDocuments.Depth(book.Depth(r.Month, r.Goals.Depth?.Target, r.Filter))))
            .WithSummary("Follow-up depth: the leads handed off in the month and not connected, their average attempts against the goal, worked and not worked, per rep.");

        reports.MapGet("/status", (string? agreement, string? month, string? zone, string? owner, string? source, string? persona, AgreementCatalog catalog, ReportBook book, IClock clock) =>
            Answer(ReportRequest.Read(catalog, clock, agreement, month, zone, owner, source, persona), r => ReportDocuments.Status(book.Status(r.Month, r.Filter))))
            .WithSummary("The leads created in the month by status now (new, open, in progress, connected, qualified, unable to qualify, disqualified, recycled).");

        reports.MapGet("/sources", (string? agreement, string? month, string? zone, AgreementCatalog catalog, ReportBook book, IClock clock) =>
            Answer(ReportRequest.Read(catalog, clock, agreement, month, zone), r => ReportDocuments.Sources(book.Sources(r.Month))))
            .WithSummary("The monthly marketing report: visits, leads, MQLs, SQLs and customers by source with the conversion rates; assets by leads and customers.");

        reports.MapGet("/closed-loop", (string? agreement, string? month, string? zone, AgreementCatalog catalog, ReportBook book, IClock clock) =>
            Answer(ReportRequest.Read(catalog, clock, agreement, month, zone), r => ReportDocuments.ClosedLoop(book.ClosedLoop(r.Month, r.Agreement))))
            .WithSummary("The closed loop: accepted, rejected and undecided hand-offs by source, rejections by reason, recycled leads by reason and track, and the accept-or-reject clocks.");

        reports.MapGet("/metrics", (string? agreement, string? month, string? zone, int? months, AgreementCatalog catalog, ReportBook book, IClock clock) =>
        {
            var request = ReportRequest.Read(catalog, clock, agreement, month, zone);
            var errors = request.Errors.ToList();
            if (months is < 1 or > 36)
            {
                errors.Add($"months: must be between 1 and 36 (got {months})");
            }

            return errors.Count > 0 ? Problem(errors) : Ok(ReportDocuments.Metrics(book.Metrics(request.Month, months ?? 6, request.Goals.Agreed)));
        }).WithSummary("The monthly metrics sheet for the months ending with month (months=6 by default): leads, customers, revenue, sales cycle and the recomputed calculator inputs with the goal they imply.");
    }

    private static readonly string[] WaterfallLines = ["last-month", "same-month-last-year", "last-three-months"];

    private static Results<Ok<object>, ProblemHttpResult> Answer(ReportRequest request, Func<ReportRequest, object> document) =>
        request.Errors.Count > 0 ? Problem(request.Errors) : Ok(document(request));

    private static Results<Ok<object>, ProblemHttpResult> Ok(object document) => TypedResults.Ok(document);

    private static Results<Ok<object>, ProblemHttpResult> Problem(IReadOnlyList<string> errors) => FileErrorProblem.For(Title, errors);
}
