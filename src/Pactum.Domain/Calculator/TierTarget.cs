namespace Pactum.Domain.Calculator;

/// <summary>A lead target set directly for one quality tier (SPEC G4), e.g. ("CEO", 100, 20): 20 CEO leads at $100.</summary>
/// <param name="Name">The tier's name (not empty; unique among the targets, ignoring case).</param>
/// <param name="ValuePerLead">What one lead of the tier is worth, in the agreement's currency (zero or more).</param>
/// <param name="Leads">The tier's lead target for the period (zero or more).</param>
public sealed record TierTarget(string Name, decimal ValuePerLead, long Leads);
