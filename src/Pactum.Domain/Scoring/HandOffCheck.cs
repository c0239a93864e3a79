using NodaTime;
using Pactum.Domain.Calculator;
using Pactum.Domain.Leads;

namespace Pactum.Domain.Scoring;

/// <summary>
/// Decides whether an agreement's rules hand a lead from marketing to sales (SPEC L4, L5): a pure function of the
/// rules, the lead's events and "now", so a rule change recomputes hand-offs from the events.
/// </summary>
/// <remarks>
/// <para>Only a lead in marketing's hands is judged: never handed off, or returned (recycled or enrolled in a nurture
/// track) since its last hand-off. Its hand-off cycle starts at that return; interest from before it does not count
/// towards the next hand-off (a recycled lead earns its way back), fit does.</para>
/// <para>The rules are checked at each event of the cycle, in order, but never before <c>notBefore</c> (the instant
/// the rules took effect): the first check where a bottom-of-funnel conversion was made, or where the total reaches
/// the threshold with a fit grade good enough, is the hand-off. A disqualifying fit rule blocks both.</para>
/// </remarks>
public static class HandOffCheck
{
    /// <summary>The verdict on the lead whose events are <paramref name="events"/> (any order), as of <paramref name="now"/>.</summary>
    public static HandOffVerdict Decide(ScoringRules? scoring, HandOffRules rules, IEnumerable<LeadEvent> events, Instant now, Instant notBefore)
    {
        var ordered = events.Where(e => e.OccurredAt <= now).ToList();
        ordered.Sort(LeadEvent.Compare);
        var (outcome, cycleStart) = Cycle(ordered);
        if (outcome != HandOffOutcome.NotYet)
        {
            return new HandOffVerdict(outcome, null, outcome == HandOffOutcome.WithSales ? "with sales since its hand-off" : "its story has ended", null, null);
        }

        var counted = ordered.Where(e => e.Type != LeadEventType.Engaged || cycleStart is null || e.OccurredAt > cycleStart).ToList();
        foreach (var e in counted.Where(e => cycleStart is null || e.OccurredAt > cycleStart))
        {
            var at = e.OccurredAt < notBefore ? notBefore : e.OccurredAt;
            var score = scoring is null ? null : LeadScorer.Score(scoring, counted, at);
            if (score is { Disqualified: true })
            {
                continue;
            }

            if (e.Type == LeadEventType.Engaged && rules.Conversions.Any(c => string.Equals(c, e.Activity, StringComparison.OrdinalIgnoreCase)))
            {
                return new HandOffVerdict(HandOffOutcome.HandOff, at, $"{Words(e.Activity!)}: a bottom-of-funnel conversion hands the lead off at once, whatever its score", score, e.EventId);
            }

            if (score is not null && Qualifies(rules, score))
            {
                return new HandOffVerdict(HandOffOutcome.HandOff, at, $"score {Number(score.Total)} reached the threshold {Number(rules.Threshold!.Value)} (grade {score.Grade})", score, e.EventId);
            }
        }

        var current = scoring is null ? null : LeadScorer.Score(scoring, counted, now);
        return current is { Disqualified: true }
            ? new HandOffVerdict(HandOffOutcome.Disqualified, null, $"not handed off: {string.Join("; ", current.Disqualifications)}", current, null)
            : new HandOffVerdict(HandOffOutcome.NotYet, null, Shortfall(rules, current), current, null);
    }

    /// <summary>Whether <paramref name="score"/> reaches the threshold with a good enough fit grade.</summary>
    public static bool Qualifies(HandOffRules rules, LeadScore score) =>
        rules.Threshold is { } threshold && score.Total >= threshold && (rules.MinimumFit is not { } minimum || score.FitLetter <= minimum);

    /// <summary>Whether the lead is in marketing's hands (and since when), with sales, or closed.</summary>
    private static (HandOffOutcome Outcome, Instant? CycleStart) Cycle(IReadOnlyList<LeadEvent> ordered)
    {
        var outcome = HandOffOutcome.NotYet;
        Instant? cycleStart = null;
        foreach (var e in ordered)
        {
            switch (e.Type)
            {
                case LeadEventType.HandedOff:
                    outcome = HandOffOutcome.WithSales;
                    break;
                case LeadEventType.Recycled or LeadEventType.Nurtured:
                    outcome = HandOffOutcome.NotYet;
                    cycleStart = e.OccurredAt;
                    break;
                case LeadEventType.Disqualified or LeadEventType.DealWon or LeadEventType.DealLost:
                    outcome = HandOffOutcome.Closed;
                    break;
            }
        }

        return (outcome, cycleStart);
    }

    private static string Shortfall(HandOffRules rules, LeadScore? score)
    {
        if (score is null || rules.Threshold is not { } threshold)
        {
            return "waits for a bottom-of-funnel conversion";
        }

        return score.Total < threshold
            ? $"score {Number(score.Total)} of the {Number(threshold)} a hand-off needs (grade {score.Grade})"
            : $"fit grade {score.FitLetter} is below the {rules.MinimumFit} a hand-off needs";
    }

    private static string Words(string activity) => activity.Replace('_', ' ');

    private static string Number(decimal value) => value.Normalize().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
