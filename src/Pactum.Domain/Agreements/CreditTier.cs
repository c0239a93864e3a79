using Pactum.Domain.Calculator;

namespace Pactum.Domain.Agreements;

/// <summary>
/// A service-credit tier of a customer agreement (SPEC A2, G6): when the measured result of <see cref="Goal"/> for a
/// period is below <see cref="Below"/>, the provider credits <see cref="Credit"/> of that period's fee. For a goal
/// whose unit is <c>%</c> (availability), <see cref="Below"/> compares with the measured percentage; for any other
/// goal, with the share of the target achieved (delivered ÷ promised). When several tiers apply, the largest credit
/// is given.
/// </summary>
/// <param name="Goal">The id of the goal the tier judges.</param>
/// <param name="Below">The threshold, a fraction in [0, 1] (written 99.9% or 0.999); strictly below it the tier applies.</param>
/// <param name="Credit">The credit, a fraction of the period's fee in (0, 1] (written 10% or 0.1).</param>
public sealed record CreditTier(string Goal, decimal Below, decimal Credit)
{
    /// <summary>The tier in words: <c>below 99.9% → 10% credit</c>.</summary>
    public override string ToString() =>
        $"below {FormulaText.N(Below * 100)}% → {FormulaText.N(Credit * 100)}% credit";
}
