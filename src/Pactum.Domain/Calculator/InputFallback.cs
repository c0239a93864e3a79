using static Pactum.Domain.Calculator.FormulaText;

namespace Pactum.Domain.Calculator;

/// <summary>
/// A goal input for which the implied goal (SPEC G3) used the agreed value, because the recomputed one was absent or
/// could not reach any goal (a close rate or deal size of 0).
/// </summary>
/// <param name="Field">The input's name (camelCase): closeRate, dealSize or marketingShare.</param>
/// <param name="AgreedValue">The agreed value used instead.</param>
/// <param name="Reason">Why the recomputed value was not used.</param>
public sealed record InputFallback(string Field, decimal AgreedValue, string Reason)
{
    /// <summary>A sentence such as "closeRate: no marketing leads in the period; the agreed 0.5 is used".</summary>
    public override string ToString() => $"{Field}: {Reason}; the agreed {N(AgreedValue)} is used";
}
