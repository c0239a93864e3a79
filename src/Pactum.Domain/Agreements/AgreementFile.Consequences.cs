using Pactum.Domain.Files;

namespace Pactum.Domain.Agreements;

/// <content>Reads <c>consequences</c>: the remediation plan, the strike system and service-credit tiers.</content>
public static partial class AgreementFile
{
    private static Consequences ReadConsequences(YamlMap root, AgreementKind? kind, AgreementReferences references) =>
        Field.Optional(root, "consequences", AgreementKeys.Consequences, map => new Consequences
        {
            Remediation = Field.Text(map, "remediation"),
            Strikes = ReadStrikes(map, references),
            Credits = ReadCredits(map, kind, references),
        });

    private static StrikeRule? ReadStrikes(YamlMap consequences, AgreementReferences references)
    {
        var map = Field.Section(consequences, "strikes", AgreementKeys.Strikes);
        if (map is null)
        {
            return null;
        }

        var diagnosedBy = references.Party(map, "diagnosedBy");
        var fixedBy = references.Party(map, "fixedBy");
        var beforeEscalation = Field.Count(map, "beforeEscalation", required: true);
        var escalateTo = Field.Text(map, "escalateTo");
        return diagnosedBy is null || fixedBy is null || beforeEscalation is null
            ? null
            : new StrikeRule(diagnosedBy, fixedBy, beforeEscalation.Value, escalateTo);
    }

    private static List<CreditTier> ReadCredits(YamlMap consequences, AgreementKind? kind, AgreementReferences references)
    {
        if (consequences.Has("credits") && kind is AgreementKind.Internal or AgreementKind.MultiLevel)
        {
            Field.Error(consequences, "credits", $"service credits belong to customer agreements only; this agreement is {kind.Value.ToFileText()}");
            return [];
        }

        var tiers = new List<CreditTier>();
        var thresholds = new UniqueNames("credit threshold");
        foreach (var map in Field.Items(consequences, "credits", AgreementKeys.Credit))
        {
            var goal = references.Goal(map, "goal");
            var below = Field.Fraction(map, "below", required: true);
            var credit = Field.Fraction(map, "credit", required: true);
            if (credit == 0)
            {
                Field.Error(map, "credit", "must be above 0% (a tier that credits nothing is no tier)");
                credit = null;
            }

            var unique = goal is null || below is null || thresholds.Claim(map, "below", $"{goal} below {below}");
            if (goal is not null && below is not null && credit is not null && unique)
            {
                tiers.Add(new CreditTier(goal, below.Value, credit.Value));
            }
        }

        var goalOrder = tiers.Select(t => t.Goal).Distinct().ToList();
        return [.. tiers.OrderBy(t => goalOrder.IndexOf(t.Goal)).ThenByDescending(t => t.Below)];
    }
}
