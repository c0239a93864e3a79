using Pactum.Domain.Files;
using Pactum.Domain.Leads;
using Pactum.Domain.Scoring;

namespace Pactum.Domain.Agreements;

/// <content>Reads <c>scoring</c>: the fit and interest rules, the interest groups and the grade bands (SPEC L4).</content>
public static partial class AgreementFile
{
    private static ScoringRules? ReadScoring(YamlMap root)
    {
        var map = Field.Section(root, "scoring", AgreementKeys.Scoring);
        if (map is null)
        {
            return null;
        }

        if (!map.Has("fit") && !map.Has("interest"))
        {
            Field.Error(root, "scoring", "write fit rules, interest rules or both: what makes a lead a good fit, and what shows its interest");
        }

        var fit = Field.Items(map, "fit", AgreementKeys.FitRule).Select(ReadFitRule).OfType<FitRule>().ToList();
        var groupsUsed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var written = new UniqueNames("interest rule", ignoreCase: true);
        var interest = Field.Items(map, "interest", AgreementKeys.InterestRule).Select(rule => ReadInterestRule(rule, written, groupsUsed)).OfType<InterestRule>().ToList();
        return new ScoringRules
        {
            Fit = fit,
            Interest = interest,
            Groups = ReadInterestGroups(map, groupsUsed),
            Grades = Field.Optional(map, "grades", AgreementKeys.Grades, ReadGrades),
        };
    }

    /// <summary>One interest rule; its group (the activity unless written) goes into <paramref name="groupsUsed"/>.</summary>
    private static InterestRule? ReadInterestRule(YamlMap map, UniqueNames written, HashSet<string> groupsUsed)
    {
        var activity = ReadActivity(map, "activity", known: []);
        var asset = Field.Text(map, "asset");
        var points = map.Decimal("points", required: true);
        var group = Field.Text(map, "group") ?? activity;
        if (group is not null)
        {
            groupsUsed.Add(group);
        }

        var unique = activity is not null && written.Claim(map, "activity", asset is null ? activity : $"{activity} on {asset}");
        return unique && points is not null ? new InterestRule { Activity = activity!, Asset = asset, Points = points.Value, Group = group! } : null;
    }

    /// <summary>
    /// An engagement activity as events name it (one word, e.g. <c>demo_request</c>, kept in lower case): not an event
    /// type, and not a near miss of one of the <paramref name="known"/> activities.
    /// </summary>
    private static string? ReadActivity(YamlMap map, string key, IReadOnlyList<string> known) =>
        Field.Text(map, key, required: true) is { } text ? CheckActivity(text, known, error => Field.Error(map, key, error)) : null;

    private static string? CheckActivity(string text, IReadOnlyList<string> known, Action<string> error)
    {
        var activity = text.ToLowerInvariant();
        if (activity.Any(char.IsWhiteSpace))
        {
            error($"'{text}' is not an activity; write it in one word as events name it, e.g. {activity.Replace(' ', '_')}");
        }
        else if (LeadEventTypes.TryParse(activity, out _, out _))
        {
            error($"'{text}' is a lead event type, not an activity: write what the lead did on an engaged event (e.g. page_visit, demo_request)");
        }
        else if (!known.Contains(activity, StringComparer.Ordinal) && Spelling.Closest(activity, known) is { } near)
        {
            error($"'{text}' is no activity of the interest rules (did you mean '{near}'?)");
        }
        else
        {
            return activity;
        }

        return null;
    }

    private static List<InterestGroup> ReadInterestGroups(YamlMap scoring, IReadOnlySet<string> used)
    {
        var groups = new List<InterestGroup>();
        var names = new UniqueNames("group name", ignoreCase: true);
        foreach (var map in Field.Items(scoring, "groups", AgreementKeys.InterestGroup))
        {
            var name = Field.Text(map, "name", required: true);
            var unique = name is not null && names.Claim(map, "name", name);
            var group = new InterestGroup { Name = name ?? "", Cap = Field.Positive(map, "cap"), HalfLife = Field.Duration(map, "halfLife"), Window = Field.Duration(map, "window") };
            if (map.Has("halfLife") && map.Has("window"))
            {
                Field.Error(map, "window", "write halfLife or window, not both: a group's points either halve as they age or count in full for a while");
            }
            else if (!map.Has("cap") && !map.Has("halfLife") && !map.Has("window"))
            {
                map.Errors.Add(map.Node, map.Path, "give the group a cap, a halfLife or a window (e.g. { name: web, cap: 20, halfLife: 30 days })");
            }

            if (name is not null && !used.Contains(name))
            {
                Field.Error(map, "name", $"no interest rule is in group '{name}'{Field.Suggest(name, used)}; a rule joins it with group: {name}");
            }
            else if (unique)
            {
                groups.Add(group);
            }
        }

        return groups;
    }

    private static GradeBands ReadGrades(YamlMap map)
    {
        var defaults = new GradeBands();
        var bands = new GradeBands
        {
            FitA = map.Decimal("fitA") ?? defaults.FitA,
            FitB = map.Decimal("fitB") ?? defaults.FitB,
            Interest1 = map.Decimal("interest1") ?? defaults.Interest1,
            Interest2 = map.Decimal("interest2") ?? defaults.Interest2,
        };
        CheckBands(map, ("fitA", bands.FitA), ("fitB", bands.FitB));
        CheckBands(map, ("interest1", bands.Interest1), ("interest2", bands.Interest2));
        return bands;
    }

    /// <summary>Records an error when the upper band does not lie above the lower one.</summary>
    private static void CheckBands(YamlMap map, (string Key, decimal Least) upper, (string Key, decimal Least) lower)
    {
        if (upper.Least <= lower.Least)
        {
            Field.Error(map, map.Has(lower.Key) ? lower.Key : upper.Key,
                $"{upper.Key} ({RuleWords.Number(upper.Least)}) must be above {lower.Key} ({RuleWords.Number(lower.Least)}): the better grade needs more points");
        }
    }
}
