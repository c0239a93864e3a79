using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime.Text;
using Pactum.Domain.Leads;
using Pactum.Server.Infrastructure;
using Pactum.Storage.Leads;

namespace Pactum.Server.Features.Leads;

/// <summary>Visits per source per day (SPEC L3): recorded from web analytics, read back by date range.</summary>
internal static class VisitEndpoints
{
    public static void MapVisitEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/visits").WithTags("Leads");

        api.MapPost("/", Results<Ok<VisitTotals>, ProblemHttpResult> (List<VisitInput> visits, VisitStore store) =>
        {
            var errors = new List<string>();
            var read = visits.Select((v, i) => v.Read($"[{i}]", errors)).ToList();
            if (errors.Count > 0)
            {
                return FileErrorProblem.For("The visits are not valid; none were recorded.", errors);
            }

            store.Record(read!);
            return TypedResults.Ok(new VisitTotals(read.Count, read.Sum(v => v!.Visits)));
        })
        .WithSummary("Record visits per source per day (a list of {day, source, visits}); a day and source sent again replaces its count.");

        api.MapGet("/", Results<Ok<IReadOnlyList<SourceVisits>>, ProblemHttpResult> (string? from, string? to, VisitStore store) =>
        {
            var start = LocalDatePattern.Iso.Parse(from ?? "");
            var end = LocalDatePattern.Iso.Parse(to ?? "");
            return start.Success && end.Success
                ? TypedResults.Ok(store.Between(start.Value, end.Value))
                : FileErrorProblem.For("The date range is not valid.", "from and to: write days like 2026-10-01");
        })
        .WithSummary("Visits per source per day between two days (yyyy-MM-dd), both included.");
    }
}

/// <summary>One day's visits from one source, as sent.</summary>
public sealed record VisitInput(string? Day, string? Source, string? Visits)
{
    /// <summary>The visits, or null with the problems (each prefixed with <paramref name="at"/>) in <paramref name="errors"/>.</summary>
    public SourceVisits? Read(string at, List<string> errors)
    {
        var before = errors.Count;
        var day = LocalDatePattern.Iso.Parse(Day ?? "");
        if (!day.Success)
        {
            errors.Add($"{at}.day: '{Day}' is not a day; write it like 2026-10-01");
        }

        if (!LeadSources.TryParse(Source, out var source, out var sourceError))
        {
            errors.Add($"{at}.source: {sourceError}");
        }

        if (!long.TryParse(Visits, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var count) || count < 0)
        {
            errors.Add($"{at}.visits: '{Visits}' is not a count of visits (a whole number, zero or more)");
        }

        return errors.Count > before ? null : new SourceVisits(day.Value, source, count);
    }
}

/// <summary>What was recorded: how many day-and-source counts, and their visits in all.</summary>
public sealed record VisitTotals(int Counts, long Visits);
