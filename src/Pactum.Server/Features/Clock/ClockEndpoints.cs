using Microsoft.AspNetCore.Http.HttpResults;
using Pactum.Server.Infrastructure;

namespace Pactum.Server.Features.Clock;

/// <summary>The business-clock API: due instants and elapsed business minutes on an agreement's or a given calendar.</summary>
internal static class ClockEndpoints
{
    public static void MapClockEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/clock").WithTags("Business clock");

        api.MapPost("/due", Results<Ok<DueAnswer>, ProblemHttpResult> (DueRequest request, BusinessClockService clock) =>
            Answer(clock.Due(new CalendarChoice(request.AgreementId, request.Calendar), request.Start, request.Minutes)))
            .WithSummary("The instant at which N business minutes have elapsed from a start (or 'not reachable').");

        api.MapPost("/elapsed", Results<Ok<ElapsedAnswer>, ProblemHttpResult> (ElapsedRequest request, BusinessClockService clock) =>
            Answer(clock.Elapsed(new CalendarChoice(request.AgreementId, request.Calendar), request.From, request.To)))
            .WithSummary("Business minutes between two instants.");
    }

    private static Results<Ok<T>, ProblemHttpResult> Answer<T>(ClockAnswer<T> answer)
        where T : class =>
        answer.Value is { } value ? TypedResults.Ok(value) : FileErrorProblem.For("The clock question is not valid.", answer.Errors);
}

/// <summary>A due-instant question: a calendar (agreementId, or calendar file text), an ISO-8601 start and business minutes.</summary>
public sealed record DueRequest(string? AgreementId, string? Calendar, string? Start, decimal? Minutes);

/// <summary>An elapsed-time question: a calendar (agreementId, or calendar file text) and two ISO-8601 instants.</summary>
public sealed record ElapsedRequest(string? AgreementId, string? Calendar, string? From, string? To);
