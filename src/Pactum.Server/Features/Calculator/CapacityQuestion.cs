using Pactum.Domain.Calculator;

namespace Pactum.Server.Features.Calculator;

/// <summary>
/// Can the sales team do what the SLA asks (SPEC G5)? The leads of a period, the reps, the attempts per lead, the
/// minutes an attempt takes and the hours each rep has for marketing leads (and, reported only, for self-sourced ones).
/// </summary>
public sealed record CapacityQuestion(string? LeadsPerPeriod, string? Reps, string? AttemptsPerLead, string? MinutesPerAttempt, string? MarketingHoursPerRep, string? SelfSourcedHoursPerRep = null)
{
    public CalculatorAnswer<CapacityCheck> Answer()
    {
        var fields = new TextFields();
        var reps = fields.Count(Reps, "reps");
        var inputs = new SalesCapacityInputs(
            fields.Count(LeadsPerPeriod, "leadsPerPeriod"),
            (int)Math.Clamp(reps, int.MinValue, int.MaxValue),
            fields.Amount(AttemptsPerLead, "attemptsPerLead"),
            fields.Amount(MinutesPerAttempt, "minutesPerAttempt"),
            fields.Amount(MarketingHoursPerRep, "marketingHoursPerRep"),
            fields.Optional(SelfSourcedHoursPerRep, "selfSourcedHoursPerRep"));
        if (fields.Errors.Count == 0)
        {
            fields.AddProblems(inputs.Problems());
        }

        return fields.Errors.Count > 0
            ? CalculatorAnswer<CapacityCheck>.Invalid(fields.Errors)
            : CalculatorAnswer<CapacityCheck>.Computed(() => SalesCapacity.Check(inputs));
    }
}
