namespace Pactum.Domain.Calculator;

/// <summary>
/// The downtime an availability target allows (SPEC G6, I2), in seconds, exact decimal: per year of 365.25 days,
/// per month (a twelfth of that year), per week (7 days) and per day (86,400 s).
/// </summary>
/// <param name="Availability">The target as a fraction in [0, 1] (0.99999 for 99.999%).</param>
/// <param name="PerYear">(1 − availability) × 31,557,600 s.</param>
/// <param name="PerMonth">PerYear ÷ 12, i.e. (1 − availability) × 2,629,800 s.</param>
/// <param name="PerWeek">(1 − availability) × 604,800 s.</param>
/// <param name="PerDay">(1 − availability) × 86,400 s.</param>
/// <param name="Steps">Each figure with its formula, in the order above.</param>
public sealed record DowntimeBudget(decimal Availability, decimal PerYear, decimal PerMonth, decimal PerWeek, decimal PerDay, IReadOnlyList<CalculationStep> Steps)
{
    /// <summary>The target's "nines" (see <see cref="Uptime.Nines"/>): 5 for 99.999%; null for 100%.</summary>
    public decimal? Nines => Uptime.Nines(Availability);
}
