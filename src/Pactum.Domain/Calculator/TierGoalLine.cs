namespace Pactum.Domain.Calculator;

/// <summary>One quality tier's part of a goal (SPEC G4).</summary>
/// <param name="Tier">The tier's name.</param>
/// <param name="ValuePerLead">What one lead of the tier is worth.</param>
/// <param name="Leads">The tier's lead goal, a whole number of leads.</param>
/// <param name="Value">Leads × value per lead, exact.</param>
public sealed record TierGoalLine(string Tier, decimal ValuePerLead, long Leads, decimal Value);
