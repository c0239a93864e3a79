using NodaTime;

namespace Pactum.Domain.Calculator;

/// <summary>
/// The availability measured over a period from its outages and the service credit it earns (SPEC G6). Durations
/// are in seconds, exact decimal (to the nanosecond).
/// </summary>
/// <param name="Inputs">What it was decided from.</param>
/// <param name="Downtime">The counted downtime intervals: outages not excluded, clipped to the period, merged.</param>
/// <param name="ExcludedOutages">The excluded outages that overlap the period, with their reasons; not counted.</param>
/// <param name="PeriodSeconds">The period's length.</param>
/// <param name="DowntimeSeconds">The total length of <paramref name="Downtime"/>.</param>
/// <param name="MeasuredAvailability">1 − downtime ÷ period length, exact.</param>
/// <param name="AllowedDowntimeSeconds">(1 − target availability) × period length.</param>
/// <param name="DowntimeLeftSeconds">Allowed − measured downtime; negative when the target was missed.</param>
/// <param name="Tier">The tier hit: the one with the highest credit whose threshold the measured availability is strictly below; null when none.</param>
/// <param name="CreditFraction">The tier's credit, 0 when no tier is hit.</param>
/// <param name="CreditAmount">Monthly fee × credit fraction, exact (not rounded to the currency); null when no fee was given.</param>
/// <param name="Steps">Each result with its formula, in order.</param>
public sealed record ServiceCreditAssessment(
    ServiceCreditInputs Inputs,
    IReadOnlyList<Interval> Downtime,
    IReadOnlyList<Outage> ExcludedOutages,
    decimal PeriodSeconds,
    decimal DowntimeSeconds,
    decimal MeasuredAvailability,
    decimal AllowedDowntimeSeconds,
    decimal DowntimeLeftSeconds,
    ServiceCreditTier? Tier,
    decimal CreditFraction,
    decimal? CreditAmount,
    IReadOnlyList<CalculationStep> Steps)
{
    /// <summary>Whether the measured availability reached the target (at or above it).</summary>
    public bool MetTarget => MeasuredAvailability >= Inputs.TargetAvailability;
}
