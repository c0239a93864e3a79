using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Leads;
using Pactum.Domain.Scoring;
using Pactum.Server.Features.Agreements;
using Pactum.Storage.Leads;
using Pactum.Storage.Routing;

namespace Pactum.Server.Features.Routing;

/// <summary>
/// The read side of scoring (SPEC L4, L5): a lead's score, how it got there and what the hand-off rules say of it; and
/// the preview of a rule change — which leads in marketing a candidate version would hand off if it took effect now.
/// </summary>
public sealed class ScoreBook(RoutingPlans plans, EventLog log, RoutingQueries queries, IClock clock)
{
    /// <summary>Why lead <paramref name="leadId"/> has its score under the plan in effect; null when the lead is unknown.</summary>
    public LeadScoreView? Explain(string leadId)
    {
        var events = log.EventsOf(leadId).Select(r => r.Event).ToList();
        if (events.Count == 0)
        {
            return null;
        }

        var now = clock.GetCurrentInstant();
        var plan = plans.Current();
        var profile = LeadProfile.Of(events);
        if (plan?.Agreement.Scoring is not { } scoring)
        {
            return new LeadScoreView(leadId, plan?.Key, null, [], plan?.Judge(events, now), profile);
        }

        var verdict = plan.Judge(events, now);
        var score = verdict.Score ?? LeadScorer.Score(scoring, events, now);
        return new LeadScoreView(leadId, plan.Key, score, LeadScorer.History(scoring, events, now), verdict, profile);
    }

    /// <summary>What is wrong with trying <paramref name="threshold"/> as <paramref name="agreement"/>'s hand-off threshold, or null.</summary>
    public static string? ThresholdProblem(Agreement agreement, decimal? threshold) =>
        agreement.HandOff is null ? "the agreement has no handOff section: add one to its file first"
        : threshold is not > 0 ? "threshold: give the total score that hands a lead off, above 0"
        : null;

    /// <summary>
    /// The preview of <paramref name="loaded"/>'s next version with hand-off threshold <paramref name="threshold"/>, or
    /// the problem (<see cref="ThresholdProblem"/>) when there is nothing to preview.
    /// </summary>
    public (HandOffPreview? Preview, string? Problem) PreviewThreshold(LoadedAgreement loaded, decimal? threshold)
    {
        var agreement = loaded.Agreement;
        return ThresholdProblem(agreement, threshold) is { } problem
            ? (null, problem)
            : (Preview(agreement with { HandOff = agreement.HandOff! with { Threshold = threshold } }, loaded.Stored.Version + 1), null);
    }

    /// <summary>
    /// The leads in marketing that <paramref name="candidate"/> (version <paramref name="version"/>) would hand off if it
    /// took effect now, beside what the plan in effect says of them.
    /// </summary>
    public HandOffPreview Preview(Agreement candidate, int version)
    {
        var now = clock.GetCurrentInstant();
        var proposed = RoutingPlans.Of(candidate, version, now);
        var current = plans.Current();
        var rows = new List<PreviewLead>();
        var judged = 0;
        var disqualified = 0;
        foreach (var leadId in queries.InMarketing())
        {
            var events = log.EventsOf(leadId).Select(r => r.Event).ToList();
            var verdict = proposed?.Judge(events, now);
            judged++;
            if (verdict is { Outcome: HandOffOutcome.Disqualified })
            {
                disqualified++;
            }

            if (verdict is { HandsOff: true })
            {
                var nowVerdict = current?.Judge(events, now);
                rows.Add(new PreviewLead(leadId, verdict.Score?.Total, verdict.Score?.Grade, verdict.Reason, nowVerdict is { HandsOff: true }));
            }
        }

        return new HandOffPreview(judged, disqualified, rows.OrderByDescending(r => r.Total).ThenBy(r => r.LeadId, StringComparer.Ordinal).ToList());
    }
}

/// <summary>A lead's score under the plan in effect, its history and the hand-off verdict; the score is null when no agreement scores leads.</summary>
public sealed record LeadScoreView(string LeadId, string? Plan, LeadScore? Score, IReadOnlyList<ScoreStep> History, HandOffVerdict? Verdict, LeadProfile Profile);

/// <summary>A lead a candidate version would hand off: its score and grade, why, and whether the version in effect would too.</summary>
public sealed record PreviewLead(string LeadId, decimal? Total, string? Grade, string Reason, bool AlsoNow);

/// <summary>The preview of a candidate version: the leads in marketing judged, those disqualified, and those it would hand off.</summary>
public sealed record HandOffPreview(int Judged, int Disqualified, IReadOnlyList<PreviewLead> WouldHandOff);
