using NodaTime;
using Pactum.Domain.Leads;

namespace Pactum.Domain.Scoring;

/// <summary>
/// Scores leads under an agreement's <see cref="ScoringRules"/> (SPEC L4), as a projection of their events: pure, the
/// same in any delivery order (events are taken in <see cref="LeadEvent.Compare"/> order).
/// </summary>
/// <remarks>
/// Fit: each fit rule the lead's profile (<see cref="LeadProfile"/>, from its events so far) matches adds its points,
/// or its reason to the disqualifications; text compares ignoring case and surrounding blanks, and a property the
/// lead has no value for matches no rule. Interest: each <c>engaged</c> event counts under the one rule for its
/// activity (and asset: a rule naming the event's asset wins over one naming none); its points decay in the rule's
/// group (halved every half-life, or nothing once the window has passed), and the group adds at most its cap, the
/// oldest engagements filling it first. Each group's sum is rounded to 2 decimals (midpoints away from zero), once.
/// </remarks>
public static partial class LeadScorer
{
    /// <summary>The score as of <paramref name="at"/>: events after it are ignored and decay is measured to it.</summary>
    public static LeadScore Score(ScoringRules rules, IEnumerable<LeadEvent> events, Instant at) =>
        ScoreOf(rules, Ordered(events, at), at);

    /// <summary>The events at or before <paramref name="until"/> in projection order.</summary>
    private static List<LeadEvent> Ordered(IEnumerable<LeadEvent> events, Instant until)
    {
        var ordered = events.Where(e => e.OccurredAt <= until).ToList();
        ordered.Sort(LeadEvent.Compare);
        return ordered;
    }

    /// <summary>The score of <paramref name="ordered"/> (all at or before <paramref name="at"/>, in projection order) at <paramref name="at"/>.</summary>
    private static LeadScore ScoreOf(ScoringRules rules, IReadOnlyList<LeadEvent> ordered, Instant at)
    {
        var (fit, fitParts, disqualifications) = Fit(rules, LeadProfile.Of(ordered));
        var (interest, interestParts) = Interest(rules, ordered, at);
        return new LeadScore(fit, interest, rules.Grades.Of(fit, interest), [.. fitParts, .. interestParts], disqualifications);
    }

    /// <summary>Rounds a score to 2 decimals, midpoints away from zero.</summary>
    private static decimal Round(decimal points) => decimal.Round(points, 2, MidpointRounding.AwayFromZero);
}
