using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Domain.Time;

namespace Pactum.Domain.Scoring;

/// <content>Interest: engagements counted by rule, decayed and capped by group.</content>
public static partial class LeadScorer
{
    private static (decimal Interest, List<ScorePart> Parts) Interest(ScoringRules rules, IReadOnlyList<LeadEvent> ordered, Instant at)
    {
        var counted = ordered
            .Where(e => e.Type == LeadEventType.Engaged)
            .Select(e => (Event: e, Rule: RuleFor(rules, e)))
            .Where(x => x.Rule is not null)
            .GroupBy(x => x.Rule!.Group, StringComparer.OrdinalIgnoreCase);
        var interest = 0m;
        var parts = new List<ScorePart>();
        foreach (var group in counted)
        {
            var settings = rules.Groups.FirstOrDefault(g => string.Equals(g.Name, group.Key, StringComparison.OrdinalIgnoreCase));
            var decayed = group.Select(x => Decayed(x.Rule!, x.Event, settings, at)).ToList();
            var groupParts = Capped(decayed, settings);
            interest += Round(groupParts.Sum(p => p.Exact));
            parts.AddRange(groupParts.Select(p => p.Part));
        }

        parts.Sort((a, b) => a.At!.Value != b.At!.Value ? a.At.Value.CompareTo(b.At.Value) : string.CompareOrdinal(a.EventId, b.EventId));
        return (interest, parts);
    }

    /// <summary>
    /// The one rule an engagement counts under: of the rules for its activity (ignoring case), the first that names
    /// its asset, else the first that names none; null when no rule is for it.
    /// </summary>
    internal static InterestRule? RuleFor(ScoringRules rules, LeadEvent engaged)
    {
        static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
        var forActivity = rules.Interest.Where(r => engaged.Activity is not null && Same(r.Activity, engaged.Activity)).ToList();
        return forActivity.FirstOrDefault(r => r.Asset is not null && Same(r.Asset, engaged.Asset)) ?? forActivity.FirstOrDefault(r => r.Asset is null);
    }

    /// <summary>The engagement's points after its group's decay, unrounded, with what the decay did in words.</summary>
    private static (ScorePart Part, decimal Exact) Decayed(InterestRule rule, LeadEvent engaged, InterestGroup? group, Instant at)
    {
        var age = at - engaged.OccurredAt;
        var (points, note) = group switch
        {
            { HalfLife: { } halfLife } => Halved(rule.Points, age, halfLife),
            { Window: { } window } when age >= window => (0m, $"outside the {DurationText.Adjective(window)} window"),
            _ => (rule.Points, (string?)null),
        };
        return (new ScorePart(ScoreSide.Interest, ScoringText.Subject(rule), Round(points), rule.Points, engaged.EventId, engaged.OccurredAt, rule.Group, note), points);
    }

    /// <summary><paramref name="points"/> × 0.5^(age ÷ half-life), exact for whole half-lives.</summary>
    private static (decimal Points, string? Note) Halved(decimal points, Duration age, Duration halfLife)
    {
        if (age <= Duration.Zero)
        {
            return (points, null);
        }

        var whole = age.BclCompatibleTicks / halfLife.BclCompatibleTicks;
        var rest = age.BclCompatibleTicks % halfLife.BclCompatibleTicks;
        var factor = 1m;
        for (var i = 0L; i < whole && factor != 0; i++)
        {
            factor *= 0.5m;
        }

        if (rest != 0)
        {
            factor *= (decimal)Math.Pow(0.5, (double)rest / halfLife.BclCompatibleTicks);
        }

        var old = DurationText.Age(age);
        var note = rest == 0 ? $"halved {Times(whole)}: {old} old" : $"{old} old, halving every {DurationText.Format(halfLife)}";
        return (points * factor, note);
    }

    private static string Times(long n) => n switch
    {
        1 => "once",
        2 => "twice",
        _ => $"{n.ToString(System.Globalization.CultureInfo.InvariantCulture)} times",
    };

    /// <summary>
    /// Applies the group's cap: negative points count in full, positive ones fill the room left, oldest first, so
    /// that the group adds the smaller of its sum and its cap; a part cut short says so.
    /// </summary>
    private static List<(ScorePart Part, decimal Exact)> Capped(List<(ScorePart Part, decimal Exact)> decayed, InterestGroup? group)
    {
        if (group?.Cap is not { } cap)
        {
            return decayed;
        }

        var capNote = $"capped: group {group.Name} adds at most {RuleWords.Number(cap)}";
        var room = cap - decayed.Where(d => d.Exact < 0).Sum(d => d.Exact);
        var capped = new List<(ScorePart, decimal)>();
        foreach (var (part, exact) in decayed)
        {
            var counted = exact <= 0 ? exact : Math.Min(exact, Math.Max(room, 0));
            room -= exact > 0 ? counted : 0;
            capped.Add(counted == exact
                ? (part, exact)
                : (part with { Points = Round(counted), Note = part.Note is null ? capNote : $"{part.Note}; {capNote}" }, counted));
        }

        return capped;
    }
}
