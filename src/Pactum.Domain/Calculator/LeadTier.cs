namespace Pactum.Domain.Calculator;

/// <summary>
/// A lead quality tier in a mix (SPEC G4), e.g. ("CEO", 100, 0.2): a segment of leads, what one lead of it is worth,
/// and its expected share of all leads.
/// </summary>
/// <param name="Name">The tier's name (not empty; unique in its mix, ignoring case).</param>
/// <param name="ValuePerLead">What one lead of the tier is worth, in the agreement's currency (zero or more).</param>
/// <param name="Share">The tier's expected share of all leads, a fraction in [0, 1].</param>
public sealed record LeadTier(string Name, decimal ValuePerLead, decimal Share);
