using Pactum.Domain.Calculator;

namespace Pactum.Server.Features.Calculator;

/// <summary>
/// Allowed downtime for an availability (SPEC I2), in seconds, as the API, the page and <c>pactum uptime --json</c>
/// show it: per 365.25-day year, per month (a twelfth of that year), per week and per day.
/// </summary>
public sealed record UptimeAnswer(decimal Availability, decimal PerYear, decimal PerMonth, decimal PerWeek, decimal PerDay, IReadOnlyList<CalculationStep> Steps)
{
    /// <summary>Answers for an availability written as <c>99.999</c>, <c>99.999%</c> or <c>0.99999</c>.</summary>
    public static CalculatorAnswer<UptimeAnswer> For(string? availability, string label = "availability")
    {
        if (string.IsNullOrWhiteSpace(availability))
        {
            return CalculatorAnswer<UptimeAnswer>.Invalid([$"{label}: is required (a percentage such as 99.9)"]);
        }

        if (!Uptime.TryParseAvailability(availability, out var fraction, out var error))
        {
            return CalculatorAnswer<UptimeAnswer>.Invalid([$"{label}: {error}"]);
        }

        var budget = Uptime.Budget(fraction);
        return CalculatorAnswer<UptimeAnswer>.Ok(new UptimeAnswer(budget.Availability, budget.PerYear, budget.PerMonth, budget.PerWeek, budget.PerDay, budget.Steps));
    }
}
