using NodaTime;
using static Pactum.Domain.Calculator.FormulaText;

namespace Pactum.Domain.Calculator;

/// <summary>
/// Decides service credits from recorded outages (SPEC G6): availability = 1 − downtime ÷ period length, where
/// downtime is the merged, clipped outages that are not excluded; the credit is the highest one among the tiers whose
/// threshold the availability is strictly below.
/// </summary>
public static class ServiceCredits
{
    private const decimal NanosecondsPerSecond = 1_000_000_000m;

    /// <summary>
    /// Measures the period and decides its credit. Inputs with <see cref="ServiceCreditInputs.Problems"/> are a bug:
    /// throws <see cref="ArgumentException"/>.
    /// </summary>
    public static ServiceCreditAssessment Assess(ServiceCreditInputs inputs)
    {
        InputCheck.ThrowIfAny(inputs.Problems(), nameof(inputs));

        var period = inputs.Period;
        var downtime = OutageTimeline.Downtime(period, inputs.Outages);
        var excluded = inputs.Outages.Where(o => o.IsExcluded && o.Start < period.End && o.End > period.Start).ToList();
        var periodSeconds = Seconds(period.Duration);
        var downtimeTerms = downtime.Select(d => Seconds(d.Duration)).ToList();
        var downtimeSeconds = downtimeTerms.Sum().Normalize();
        var measured = (1m - (downtimeSeconds / periodSeconds)).Normalize();
        var target = inputs.TargetAvailability.Normalize();
        var allowed = ((1m - target) * periodSeconds).Normalize();
        var left = (allowed - downtimeSeconds).Normalize();
        var tier = TierFor(inputs.Tiers, measured);
        var credit = (tier?.Credit ?? 0m).Normalize();
        var amount = (inputs.MonthlyFee * credit)?.Normalize();

        var steps = new List<CalculationStep>
        {
            new("periodSeconds", $"{period.End} − {period.Start}", periodSeconds),
            new("downtimeSeconds", Sum(downtimeTerms), downtimeSeconds),
            new("measuredAvailability", $"1 − {N(downtimeSeconds)} ÷ {N(periodSeconds)}", measured),
            new("allowedDowntimeSeconds", $"(1 − {N(target)}) × {N(periodSeconds)}", allowed),
            new("downtimeLeftSeconds", $"{N(allowed)} − {N(downtimeSeconds)}", left),
            new("creditFraction", tier is null ? $"{N(measured)} is below no tier's threshold" : $"{N(measured)} < {N(tier.Below)} → {N(tier.Credit)}", credit),
        };
        if (amount is { } value)
        {
            steps.Add(new("creditAmount", $"{N(inputs.MonthlyFee!.Value)} × {N(credit)}", value));
        }

        return new ServiceCreditAssessment(inputs, downtime, excluded, periodSeconds, downtimeSeconds, measured, allowed, left, tier, credit, amount, steps);
    }

    /// <summary>
    /// The tier <paramref name="availability"/> hits: among the tiers whose threshold it is strictly below (at exactly
    /// the threshold no credit), the one with the highest credit (the first given, on a tie); null when none.
    /// </summary>
    public static ServiceCreditTier? TierFor(IEnumerable<ServiceCreditTier> tiers, decimal availability) =>
        tiers.Where(t => availability < t.Below).MaxBy(t => t.Credit);

    private static decimal Seconds(Duration duration) => duration.ToInt64Nanoseconds() / NanosecondsPerSecond;
}
