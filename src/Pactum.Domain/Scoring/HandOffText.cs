namespace Pactum.Domain.Scoring;

/// <summary>
/// Hand-off rules in plain words, one line each, for the agreement page (SPEC L5): "A lead is handed off when its
/// score reaches 60 with fit grade B or better", "A demo request, assessment or consultation hands a lead off at
/// once, whatever its score", what travels with the lead and where it is sent.
/// </summary>
public static class HandOffText
{
    /// <summary>The threshold, the conversions, and what the hand-off carries, each when written.</summary>
    public static IReadOnlyList<string> Lines(HandOffRules rules)
    {
        var lines = new List<string>();
        if (rules.Threshold is { } threshold)
        {
            var fit = rules.MinimumFit is { } letter ? $" with fit grade {letter}{(letter == 'A' ? "" : " or better")}" : "";
            lines.Add($"A lead is handed off when its score reaches {RuleWords.Number(threshold)}{fit}");
        }

        if (rules.Conversions.Count > 0)
        {
            var conversions = RuleWords.Either(rules.Conversions.Select(RuleWords.Activity));
            var article = "aeiou".Contains(char.ToLowerInvariant(conversions[0]), StringComparison.Ordinal) ? "An" : "A";
            lines.Add($"{article} {conversions} hands a lead off at once, whatever its score");
        }

        if (rules.Carry.Count > 0)
        {
            lines.Add($"The hand-off carries the lead's {RuleWords.All(rules.Carry.Select(FactWords))}");
        }

        return lines;
    }

    private static string FactWords(string fact) => fact == "buyingRole" ? "buying role" : fact;
}
