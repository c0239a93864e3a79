using Pactum.Domain.Time;

namespace Pactum.Domain.Scoring;

/// <summary>
/// Scoring rules in plain words, one line a rule, for the agreement page (SPEC L4): "Leads whose seniority is
/// executive or director: +20 fit", "Companies with fewer than 20 employees are not handed off: Companies under 20
/// employees are not served", "Each page visit: +2 interest (group web: at most 20, halves every 30 days)".
/// </summary>
public static class ScoringText
{
    /// <summary>The fit rules, then the interest rules (in file order), then the grade bands.</summary>
    public static IReadOnlyList<string> Lines(ScoringRules rules) =>
    [
        .. rules.Fit.Select(r => r.Disqualify is { } reason ? $"{Subject(r)} are not handed off: {reason}" : $"{Subject(r)}: {RuleWords.Signed(r.Points)} fit"),
        .. rules.Interest.Select(r => $"{Subject(r)}: {RuleWords.Signed(r.Points)} interest{GroupWords(r, rules.Groups)}"),
        Grades(rules.Grades),
    ];

    /// <summary>Whom a fit rule is about: "Leads whose region is not North America", "Companies with 20 to 199 employees".</summary>
    public static string Subject(FitRule rule) => rule.Property == FitProperty.Employees
        ? $"Companies with {Employees(rule.AtLeast, rule.Below)}"
        : $"Leads whose {PropertyWords(rule.Property)} {Values(rule)}";

    /// <summary>What an interest rule counts: "Each page visit", "Each page visit on /pricing".</summary>
    public static string Subject(InterestRule rule) =>
        $"Each {RuleWords.Activity(rule.Activity)}{(rule.Asset is { } asset ? $" on {asset}" : "")}";

    private static string Employees(int? atLeast, int? below) => (atLeast, below) switch
    {
        ({ } least, { } under) => $"{least} to {under - 1} employees",
        ({ } least, null) => $"{least} or more employees",
        (null, { } under) => $"fewer than {under} employees",
        _ => "any number of employees",
    };

    private static string Values(FitRule rule) => (rule.In, rule.NotIn) switch
    {
        ({ } any, _) => $"is {RuleWords.Either(any)}",
        (null, [var one]) => $"is not {one}",
        (null, { } none) => $"is none of {RuleWords.All(none)}",
        _ => "is anything",
    };

    private static string PropertyWords(FitProperty property) => property == FitProperty.BuyingRole ? "buying role" : property.ToString().ToLowerInvariant();

    /// <summary>" (group web: at most 20, halves every 30 days)" for a rule whose group has a cap or decay, else empty.</summary>
    private static string GroupWords(InterestRule rule, IReadOnlyList<InterestGroup> groups)
    {
        var group = groups.FirstOrDefault(g => string.Equals(g.Name, rule.Group, StringComparison.OrdinalIgnoreCase));
        var words = new[]
        {
            group?.Cap is { } cap ? $"at most {RuleWords.Number(cap)}" : null,
            group?.HalfLife is { } halfLife ? $"halves every {DurationText.Format(halfLife)}" : null,
            group?.Window is { } window ? $"counts for {DurationText.Format(window)}" : null,
        }.OfType<string>().ToList();
        return words.Count == 0 ? "" : $" (group {group!.Name}: {string.Join(", ", words)})";
    }

    private static string Grades(GradeBands bands) =>
        $"Grades: fit A from {RuleWords.Number(bands.FitA)}, B from {RuleWords.Number(bands.FitB)}, C below; "
        + $"interest 1 from {RuleWords.Number(bands.Interest1)}, 2 from {RuleWords.Number(bands.Interest2)}, 3 below";
}
