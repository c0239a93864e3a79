using NodaTime;

namespace Pactum.Domain.Calculator;

/// <summary>What service credits for one period are decided from (SPEC G6).</summary>
/// <param name="Period">The measured period, [start, end): bounded and not empty (usually a billing month).</param>
/// <param name="Outages">The outages recorded, in any order, possibly overlapping or reaching outside the period.</param>
/// <param name="TargetAvailability">The agreed availability, a fraction in [0, 1].</param>
/// <param name="Tiers">The service-credit tiers, in any order (none means no credits).</param>
/// <param name="MonthlyFee">The fee the credit is a fraction of, in the agreement's currency (zero or more); null when unknown.</param>
public sealed record ServiceCreditInputs(Interval Period, IReadOnlyList<Outage> Outages, decimal TargetAvailability, IReadOnlyList<ServiceCreditTier> Tiers, decimal? MonthlyFee = null)
{
    /// <summary>Every problem with these inputs as (field, message); empty when credits can be decided.</summary>
    public IReadOnlyList<InputProblem> Problems()
    {
        var problems = new List<InputProblem>();
        if (!Period.HasStart || !Period.HasEnd)
        {
            problems.Add(new("period", "needs a start and an end"));
        }
        else if (Period.Start == Period.End)
        {
            problems.Add(new("period", $"is empty (starts and ends at {Period.Start})"));
        }

        for (var i = 0; i < Outages.Count; i++)
        {
            if (Outages[i].End < Outages[i].Start)
            {
                problems.Add(new($"outages[{i}]", $"ends ({Outages[i].End}) before it starts ({Outages[i].Start})"));
            }

            if (Outages[i].ExcludedBecause is { } reason && string.IsNullOrWhiteSpace(reason))
            {
                problems.Add(new($"outages[{i}].excludedBecause", "an excluded outage needs a reason"));
            }
        }

        problems.RequireFraction("targetAvailability", TargetAvailability);

        for (var i = 0; i < Tiers.Count; i++)
        {
            if (Tiers[i].Below is <= 0 or > 1)
            {
                problems.Add(new($"tiers[{i}].below", $"must be an availability greater than 0 and at most 1 (got {FormulaText.N(Tiers[i].Below)})"));
            }

            problems.RequireFraction($"tiers[{i}].credit", Tiers[i].Credit, "the fee");
        }

        problems.RequireNotNegative("monthlyFee", MonthlyFee ?? 0m);

        return problems;
    }
}
