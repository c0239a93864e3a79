namespace Pactum.Domain.Calculator;

/// <summary>The sales capacity check (SPEC G5): what the SLA asks of each rep against the time each rep has.</summary>
/// <param name="Inputs">What it was computed from.</param>
/// <param name="LeadsPerRep">⌈leads ÷ reps⌉: the most leads one rep receives when they are shared as evenly as whole leads allow.</param>
/// <param name="MinutesNeededPerRep">Leads per rep × attempts per lead × minutes per attempt.</param>
/// <param name="MinutesAvailablePerRep">Marketing hours per rep × 60.</param>
/// <param name="Utilisation">Minutes needed ÷ minutes available, a fraction (1.39 is 139%), exact.</param>
/// <param name="MostLeads">
/// The most leads the team can work at the SLA's depth: reps × ⌊minutes available ÷ (attempts × minutes per attempt)⌋,
/// each rep working whole leads; a leads figure up to this is within capacity or near it, above it over.
/// </param>
/// <param name="SelfSourcedMinutesPerRep">Self-sourced hours per rep × 60, reported; null when not given.</param>
/// <param name="Verdict">Within, near (from 90%) or over (above 100%) capacity.</param>
/// <param name="Sentence">The verdict in plain words with its numbers (invariant culture), for people.</param>
/// <param name="Steps">Each result with its formula, in order.</param>
public sealed record CapacityCheck(
    SalesCapacityInputs Inputs,
    long LeadsPerRep,
    decimal MinutesNeededPerRep,
    decimal MinutesAvailablePerRep,
    decimal Utilisation,
    long MostLeads,
    decimal? SelfSourcedMinutesPerRep,
    CapacityVerdict Verdict,
    string Sentence,
    IReadOnlyList<CalculationStep> Steps);
