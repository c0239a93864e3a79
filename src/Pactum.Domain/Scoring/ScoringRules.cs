namespace Pactum.Domain.Scoring;

/// <summary>
/// How an agreement scores leads (SPEC L4): fit rules on what is known of the lead, interest rules on what it did,
/// the groups interest is capped and decayed by, and the bands that turn fit and interest into a grade (A1–C3).
/// Fit never decays; interest may. Scores are projections of the lead's events under these rules (<see cref="LeadScorer"/>).
/// </summary>
public sealed record ScoringRules
{
    /// <summary>The fit rules, in file order; a disqualifying rule stops a hand-off.</summary>
    public IReadOnlyList<FitRule> Fit { get; init; } = [];

    /// <summary>The interest rules, in file order.</summary>
    public IReadOnlyList<InterestRule> Interest { get; init; } = [];

    /// <summary>The interest groups with a cap or decay, by name (a rule's group not listed here has neither).</summary>
    public IReadOnlyList<InterestGroup> Groups { get; init; } = [];

    /// <summary>The bands of the grade.</summary>
    public GradeBands Grades { get; init; } = new();
}
