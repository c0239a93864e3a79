using NodaTime;
using Pactum.Domain.Leads;

namespace Pactum.Domain.Scoring;

/// <content>History: the score after each event that changed it.</content>
public static partial class LeadScorer
{
    /// <summary>
    /// The score after each event at or before <paramref name="now"/> that changed the lead's fit, interest or
    /// disqualifications, oldest first (for a lead's score history). Each step is measured at its event's instant;
    /// its change is what the event did there (the total after it less the total just before it).
    /// </summary>
    public static IReadOnlyList<ScoreStep> History(ScoringRules rules, IEnumerable<LeadEvent> events, Instant now)
    {
        var ordered = Ordered(events, now);
        var steps = new List<ScoreStep>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var e = ordered[i];
            var before = ScoreOf(rules, ordered.GetRange(0, i), e.OccurredAt);
            var after = ScoreOf(rules, ordered.GetRange(0, i + 1), e.OccurredAt);
            if (before.Fit != after.Fit || before.Interest != after.Interest || !before.Disqualifications.SequenceEqual(after.Disqualifications))
            {
                steps.Add(new ScoreStep(e.OccurredAt, e.EventId, What(e), after.Fit, after.Interest, after.Total, after.Grade, after.Total - before.Total, after.Disqualifications));
            }
        }

        return steps;
    }

    /// <summary>The event in words: the engagement ("Page visit on /pricing"), or its type with the fit properties it tells.</summary>
    private static string What(LeadEvent e)
    {
        if (e.Type == LeadEventType.Engaged && e.Activity is { } activity)
        {
            return RuleWords.Capitalized(RuleWords.Activity(activity) + (e.Asset is { } asset ? $" on {asset}" : ""));
        }

        var told = new[]
        {
            e.Persona is { } persona ? $"persona {persona}" : null,
            e.Role is { } role ? $"role {role}" : null,
            e.Seniority is { } seniority ? $"seniority {seniority}" : null,
            e.BuyingRole is { } buyingRole ? $"buying role {buyingRole}" : null,
            e.Employees is { } employees ? RuleWords.Count(employees, "employee") : null,
            e.Region is { } region ? $"region {region}" : null,
        }.OfType<string>().ToList();
        var type = RuleWords.Capitalized(e.Type.ToText().Replace('_', ' '));
        return told.Count == 0 ? type : $"{type}: {string.Join(", ", told)}";
    }
}
