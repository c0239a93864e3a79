namespace Pactum.Domain.Scoring;

/// <summary>
/// A lead's score at one instant (SPEC L4): fit and interest points, the grade they make (A1–C3), the contributions
/// they are the sum of (fit rules in file order, then engagements oldest first) and the reasons that bar the lead
/// from hand-off, in file order.
/// </summary>
/// <param name="Fit">The fit points: the sum of the matching fit rules' points.</param>
/// <param name="Interest">The interest points: each group's decayed and capped sum, rounded to 2 decimals, added up.</param>
/// <param name="Grade">The grade, e.g. <c>B1</c> (see <see cref="GradeBands.Of"/>).</param>
/// <param name="Parts">What the points are made of.</param>
/// <param name="Disqualifications">The reasons of the matching disqualifying fit rules; empty when the lead may be handed off.</param>
public sealed record LeadScore(decimal Fit, decimal Interest, string Grade, IReadOnlyList<ScorePart> Parts, IReadOnlyList<string> Disqualifications)
{
    /// <summary>Fit plus interest: what a hand-off threshold is compared with.</summary>
    public decimal Total => Fit + Interest;

    /// <summary>Whether a disqualifying rule matches: such a lead is not handed off whatever its score.</summary>
    public bool Disqualified => Disqualifications.Count > 0;

    /// <summary>The grade's letter: A, B or C.</summary>
    public char FitLetter => Grade[0];
}
