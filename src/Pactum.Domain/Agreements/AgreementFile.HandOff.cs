using Pactum.Domain.Files;
using Pactum.Domain.Scoring;

namespace Pactum.Domain.Agreements;

/// <content>Reads <c>handOff</c>: what hands a lead to sales, what travels with it and where it is sent (SPEC L5).</content>
public static partial class AgreementFile
{
    private static HandOffRules? ReadHandOff(YamlMap root, ScoringRules? scoring)
    {
        var map = Field.Section(root, "handOff", AgreementKeys.HandOff);
        if (map is null)
        {
            return null;
        }

        var activities = scoring?.Interest.Select(r => r.Activity).Distinct().ToList() ?? [];
        var rules = new HandOffRules
        {
            Threshold = Field.Positive(map, "threshold"),
            MinimumFit = ReadMinimumFit(map),
            Conversions = Field.DistinctTexts(map, "conversions", "conversion", (text, item) => CheckActivity(text, activities, item.Error)),
            Carry = Field.DistinctTexts(map, "carry", "fact", (text, item) => KnownName(text, HandOffRules.CarryNames, "lead fact", item.Error)),
        };
        CheckHandOffShape(root, map);
        return rules;
    }

    /// <summary>Records what makes no hand-off: neither a threshold nor conversions, a score test without a score.</summary>
    private static void CheckHandOffShape(YamlMap root, YamlMap map)
    {
        if (!map.Has("threshold") && Field.Texts(map, "conversions").Count == 0)
        {
            Field.Error(root, "handOff", "write a threshold (the score that hands a lead off), conversions (the activities that hand it off at once) or both");
        }

        foreach (var key in new[] { "threshold", "minimumFit" }.Where(k => map.Has(k) && !root.Has("scoring")))
        {
            Field.Error(map, key, "tests the lead's score: add a scoring section that says how leads are scored");
        }

        if (map.Has("minimumFit") && !map.Has("threshold"))
        {
            Field.Error(map, "minimumFit", "applies to hand-offs on the score: write a threshold too");
        }
    }

    private static char? ReadMinimumFit(YamlMap map)
    {
        var text = Field.Text(map, "minimumFit");
        if (text is null)
        {
            return null;
        }

        if (text.Length == 1 && char.ToUpperInvariant(text[0]) is 'A' or 'B' or 'C')
        {
            return char.ToUpperInvariant(text[0]);
        }

        Field.Error(map, "minimumFit", $"'{text}' is not a fit grade; expected A, B or C (the letter of a grade such as B2)");
        return null;
    }

    /// <summary>
    /// The one of <paramref name="known"/> that <paramref name="text"/> names, ignoring case, as the list writes it;
    /// otherwise null after reporting what exists, with a suggestion.
    /// </summary>
    private static string? KnownName(string text, IReadOnlyList<string> known, string what, Action<string> error)
    {
        var name = known.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            error(AgreementReferences.Check(text, known, what)!);
        }

        return name;
    }
}
