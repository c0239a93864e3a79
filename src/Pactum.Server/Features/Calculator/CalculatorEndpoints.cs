using Microsoft.AspNetCore.Http.HttpResults;
using Pactum.Server.Infrastructure;

namespace Pactum.Server.Features.Calculator;

/// <summary>The goal calculator API: the marketing goal from the sales quota, recalculation from actuals, tiers, capacity, uptime and service credits.</summary>
internal static class CalculatorEndpoints
{
    public static void MapCalculatorEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/calculator").WithTags("Goal calculator");

        api.MapPost("/lead-goal", (LeadGoalQuestion question) => Answer(question.Answer()))
            .WithSummary("The marketing goal from the sales quota (revenue goal, customers and leads needed, daily goal line), with formulas.")
            .WithDescription("Shares and rates are strings: a fraction (\"0.5\") or a percentage (\"50%\"). Customers and leads are rounded up.");

        api.MapPost("/recalculate", (RecalculationQuestion question) => Answer(question.Answer()))
            .WithSummary("Recompute close rate, deal size, marketing share and sales-cycle length from a period's actuals, and the goal they imply next to the agreed goal.");

        api.MapPost("/tiers", (TierQuestion question) => Answer(question.Answer()))
            .WithSummary("Goals per lead tier: split a leads goal or a value goal by the lead mix, or total the targets set per tier.");

        api.MapPost("/capacity", (CapacityQuestion question) => Answer(question.Answer()))
            .WithSummary("Can the sales team do what the SLA asks? Minutes of follow-up per rep against the time they have, with a verdict.");

        api.MapPost("/service-credit", (ServiceCreditQuestion question) => Answer(question.Answer()))
            .WithSummary("Measured availability from outages in a period, the downtime budget left and the service credit due by tier.");

        api.MapGet("/uptime", (string? availability) => Answer(UptimeAnswer.For(availability)))
            .WithSummary("Allowed downtime in seconds per year (365.25 days), month, week and day for an availability such as 99.999.");
    }

    internal static Results<Ok<T>, ProblemHttpResult> Answer<T>(CalculatorAnswer<T> answer)
        where T : class =>
        answer.Value is { } value ? TypedResults.Ok(value) : FileErrorProblem.For("The calculator inputs are not valid.", answer.Errors);
}
