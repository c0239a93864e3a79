using Pactum.Domain.Calculator;

namespace Pactum.Domain.Assignment;

/// <summary>A default capacity for reps from the SLA's follow-up and the time a rep has for marketing leads (SPEC G5).</summary>
public static class CapacityDefault
{
    /// <summary>
    /// The whole leads one rep can work in a month at the SLA's depth: ⌊hours × 60 ÷ (attempts × minutes per
    /// attempt)⌋, as <see cref="SalesCapacity"/> counts its most leads for a team of one. Inputs that are not positive
    /// are a bug: throws <see cref="ArgumentException"/>.
    /// </summary>
    public static int FromG5(decimal marketingHoursPerRepPerMonth, decimal attemptsPerLead, decimal minutesPerAttempt) =>
        checked((int)SalesCapacity.Check(new SalesCapacityInputs(0, 1, attemptsPerLead, minutesPerAttempt, marketingHoursPerRepPerMonth)).MostLeads);
}
