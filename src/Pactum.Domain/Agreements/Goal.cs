using Pactum.Domain.Calculator;

namespace Pactum.Domain.Agreements;

/// <summary>
/// A measurable promise of one party (or of all, when <see cref="Owner"/> is <c>shared</c>) for every period of the
/// agreement (SPEC A2): e.g. marketing hands sales 100 qualified leads per month. The target is either written in the
/// file or derived from the sales quota with the goal calculator (SPEC G1); a derived goal keeps its calculation in
/// <see cref="Derivation"/> so that views can show how the number came about.
/// </summary>
public sealed record Goal
{
    /// <summary>The owner that marks a goal every party shares.</summary>
    public const string SharedOwner = AgreementReferences.Shared;

    /// <summary>The goal's id, unique within the agreement (lower-case letters, digits, hyphens), e.g. <c>qualified-leads</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The goal's name as shown to people.</summary>
    public required string Name { get; init; }

    /// <summary>The id of the party responsible for the goal, or <see cref="SharedOwner"/>.</summary>
    public required string Owner { get; init; }

    /// <summary>What is measured, e.g. "qualified leads handed to sales".</summary>
    public required string Metric { get; init; }

    /// <summary>The target per <see cref="Period"/>: greater than zero; for a derived goal, the calculator's leads needed.</summary>
    public required decimal Target { get; init; }

    /// <summary>The unit of <see cref="Target"/>, e.g. "leads", "minutes", "%"; "leads" for a derived goal unless written.</summary>
    public required string Unit { get; init; }

    /// <summary>The period over which the goal is counted and judged.</summary>
    public required EvaluationPeriod Period { get; init; }

    /// <summary>Whether the goal is met at or above the target (the default) or at or below it.</summary>
    public GoalDirection Direction { get; init; } = GoalDirection.AtLeast;

    /// <summary>What data the goal is judged from (<c>measure</c> in files), or null when the file does not say.</summary>
    public GoalMetric? MeasuredBy { get; init; }

    /// <summary>Free text explaining the goal; null when the file has none.</summary>
    public string? Description { get; init; }

    /// <summary>The goal calculator's result when the target was derived from calculator inputs; otherwise null.</summary>
    public LeadGoal? Derivation { get; init; }

    /// <summary>True when the goal belongs to every party rather than one.</summary>
    public bool IsShared => Owner == SharedOwner;

    /// <summary>
    /// How a derived target was obtained, as one formula with the inputs filled in, e.g. <c>⌈⌈5000 × 1 ÷ 100⌉ ÷ 0.5⌉</c>
    /// (quota × marketing share ÷ deal size, rounded up to whole customers, ÷ close rate, rounded up to whole leads);
    /// null for a written target.
    /// </summary>
    public string? DerivationFormula => Derivation is { Inputs: var i }
        ? $"⌈⌈{FormulaText.N(i.Quota)} × {FormulaText.N(i.MarketingShare)} ÷ {FormulaText.N(i.DealSize)}⌉ ÷ {FormulaText.N(i.CloseRate)}⌉"
        : null;

    /// <summary>
    /// The target in words: <c>100 leads per month</c>, <c>99.9% per month</c>, or for an at-most goal
    /// <c>at most 60 minutes, judged per month</c>.
    /// </summary>
    public string TargetText
    {
        get
        {
            var amount = Unit == "%" ? $"{FormulaText.N(Target)}%" : $"{FormulaText.N(Target)} {Unit}";
            var period = Period.ToFileText();
            return Direction == GoalDirection.AtMost ? $"at most {amount}, judged per {period}" : $"{amount} per {period}";
        }
    }
}
