using Microsoft.AspNetCore.Http.HttpResults;
using Pactum.Domain.Leads;
using Pactum.Domain.Time;
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
            var errors = new List<string>(NullItems.Of(visits, "a visit {day, source, visits}"));
            var read = visits.Select((v, i) => v?.Read($"[{i}]", errors)).ToList();
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
            var problems = new List<string>();
            var start = DateText.TryParse(from, out var first, out var fromError) ? first : Problem(problems, "from", fromError);
            var end = DateText.TryParse(to, out var last, out var toError) ? last : Problem(problems, "to", toError);
            return problems.Count == 0
                ? TypedResults.Ok(store.Between(start, end))
                : FileErrorProblem.For("The date range is not valid.", problems);
        })
        .WithSummary("Visits per source per day between two days (yyyy-MM-dd), both included.");
    }

    /// <summary>Adds <c>field: error</c> to <paramref name="problems"/>; the default day, never used when there are problems.</summary>
    private static NodaTime.LocalDate Problem(List<string> problems, string field, string error)
    {
        problems.Add($"{field}: {error}");
        return default;
    }
}

/// <summary>One day's visits from one source, as sent.</summary>
public sealed record VisitInput(string? Day, string? Source, string? Visits)
{
    /// <summary>The visits, or null with the problems (each prefixed with <paramref name="at"/>) in <paramref name="errors"/>.</summary>
    public SourceVisits? Read(string at, List<string> errors)
    {
        var before = errors.Count;
        if (!DateText.TryParse(Day, out var day, out var dayError))
        {
            errors.Add($"{at}.day: {dayError}");
        }

        if (!LeadSources.TryParse(Source, out var source, out var sourceError))
        {
            errors.Add($"{at}.source: {sourceError}");
        }

        if (!long.TryParse(Visits, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var count) || count < 0)
        {
            errors.Add($"{at}.visits: '{Visits}' is not a count of visits (a whole number, zero or more)");
        }

        return errors.Count > before ? null : new SourceVisits(day, source, count);
    }
}

/// <summary>What was recorded: how many day-and-source counts, and their visits in all.</summary>
public sealed record VisitTotals(int Counts, long Visits);
