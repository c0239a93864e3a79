using Pactum.Domain.Leads;

namespace Pactum.Domain.Scoring;

/// <content>Fit: the fit rules a lead's profile matches.</content>
public static partial class LeadScorer
{
    private static (decimal Fit, List<ScorePart> Parts, List<string> Disqualifications) Fit(ScoringRules rules, LeadProfile profile)
    {
        var parts = new List<ScorePart>();
        var disqualifications = new List<string>();
        foreach (var rule in rules.Fit.Where(r => Matches(r, profile)))
        {
            if (rule.Disqualify is { } reason)
            {
                disqualifications.Add(reason);
            }
            else
            {
                parts.Add(new ScorePart(ScoreSide.Fit, ScoringText.Subject(rule), rule.Points, rule.Points, null, null, null, null));
            }
        }

        return (Round(parts.Sum(p => p.Points)), parts, disqualifications);
    }

    /// <summary>Whether <paramref name="profile"/> matches <paramref name="rule"/>; a property without a value matches nothing.</summary>
    internal static bool Matches(FitRule rule, LeadProfile profile)
    {
        if (rule.Property == FitProperty.Employees)
        {
            return profile.Employees is { } n && (rule.AtLeast is null || n >= rule.AtLeast) && (rule.Below is null || n < rule.Below);
        }

        var value = TextOf(rule.Property, profile)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        bool Same(string written) => string.Equals(written.Trim(), value, StringComparison.OrdinalIgnoreCase);
        return rule.In is { } any ? any.Any(Same) : rule.NotIn is { } none && !none.Any(Same);
    }

    private static string? TextOf(FitProperty property, LeadProfile profile) => property switch
    {
        FitProperty.Persona => profile.Persona,
        FitProperty.Role => profile.Role,
        FitProperty.Seniority => profile.Seniority,
        FitProperty.BuyingRole => profile.BuyingRole is { } text && LeadProfile.TryParseBuyingRole(text, out var role) ? role : profile.BuyingRole,
        FitProperty.Region => profile.Region,
        _ => null,
    };
}
