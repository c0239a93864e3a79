namespace Pactum.Domain.Scoring;

/// <summary>Scores leads under an agreement's <see cref="ScoringRules"/> (SPEC L4).</summary>
public static partial class LeadScorer
{
}
