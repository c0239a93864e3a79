using static Pactum.Domain.Calculator.FormulaText;

namespace Pactum.Domain.Calculator;

/// <summary>
/// Checks the SLA against the sales team's bandwidth (SPEC G5): leads per rep = ⌈leads ÷ reps⌉; minutes needed per
/// rep = leads per rep × attempts × minutes per attempt; utilisation = needed ÷ (marketing hours × 60). The verdict is
/// <see cref="CapacityVerdict.OverCapacity"/> above 1, <see cref="CapacityVerdict.NearCapacity"/> from
/// <see cref="NearCapacityFrom"/> to 1 inclusive, <see cref="CapacityVerdict.WithinCapacity"/> below.
/// </summary>
public static class SalesCapacity
{
    /// <summary>The utilisation from which the team is near capacity: 0.9 (90%).</summary>
    public const decimal NearCapacityFrom = 0.9m;

    /// <summary>
    /// Checks <paramref name="inputs"/>. Inputs with <see cref="SalesCapacityInputs.Problems"/> are a bug: throws
    /// <see cref="ArgumentException"/>.
    /// </summary>
    public static CapacityCheck Check(SalesCapacityInputs inputs)
    {
        InputCheck.ThrowIfAny(inputs.Problems(), nameof(inputs));

        var leadsPerRep = WholeNumbers.Up((decimal)inputs.LeadsPerPeriod / inputs.Reps);
        var minutesPerLead = inputs.AttemptsPerLead * inputs.MinutesPerAttempt;
        var needed = (leadsPerRep * minutesPerLead).Normalize();
        var available = (inputs.MarketingHoursPerRep * 60m).Normalize();
        var utilisation = (needed / available).Normalize();
        var mostLeads = inputs.Reps * (long)decimal.Floor(decimal.Round(available / minutesPerLead, WholeNumbers.QuotientScale));
        var selfSourced = (inputs.SelfSourcedHoursPerRep * 60m)?.Normalize();
        var verdict = utilisation > 1m ? CapacityVerdict.OverCapacity
            : utilisation >= NearCapacityFrom ? CapacityVerdict.NearCapacity
            : CapacityVerdict.WithinCapacity;

        var steps = new List<CalculationStep>
        {
            new("leadsPerRep", $"⌈{inputs.LeadsPerPeriod} ÷ {inputs.Reps}⌉", leadsPerRep),
            new("minutesNeededPerRep", $"{leadsPerRep} × {N(inputs.AttemptsPerLead)} × {N(inputs.MinutesPerAttempt)}", needed),
            new("minutesAvailablePerRep", $"{N(inputs.MarketingHoursPerRep)} × 60", available),
            new("utilisation", $"{N(needed)} ÷ {N(available)}", utilisation),
            new("mostLeads", $"{inputs.Reps} × ⌊{N(available)} ÷ ({N(inputs.AttemptsPerLead)} × {N(inputs.MinutesPerAttempt)})⌋", mostLeads),
        };
        if (selfSourced is { } minutes)
        {
            steps.Add(new("selfSourcedMinutesPerRep", $"{N(inputs.SelfSourcedHoursPerRep!.Value)} × 60", minutes));
        }

        return new CapacityCheck(inputs, leadsPerRep, needed, available, utilisation, mostLeads, selfSourced, verdict, Sentence(verdict, needed, available, utilisation), steps);
    }

    private static string Sentence(CapacityVerdict verdict, decimal needed, decimal available, decimal utilisation)
    {
        var numbers = $"{Grouped(needed)} minutes of attempts per rep against {Grouped(available)} available ({Percent(utilisation)})";
        return verdict switch
        {
            CapacityVerdict.OverCapacity => $"The SLA asks more than the team can do: {numbers}.",
            CapacityVerdict.NearCapacity => $"The team can just do what the SLA asks, with little to spare: {numbers}.",
            _ => $"The team can do what the SLA asks: {numbers}.",
        };
    }
}
