using Pactum.Domain.Files;
using Pactum.Domain.Scoring;

namespace Pactum.Domain.Agreements;

/// <content>Reads <c>scoring.fit</c>: each rule's property, its one condition, and its points or disqualification.</content>
public static partial class AgreementFile
{
    private static readonly string[] TextConditions = ["is", "in", "notIn"];
    private static readonly string[] NumberConditions = ["atLeast", "below"];

    private static FitRule? ReadFitRule(YamlMap map)
    {
        var property = AgreementText.FitProperties.Read(map, "property", required: true);
        var condition = property switch
        {
            null => null,
            FitProperty.Employees => ReadEmployeesCondition(map),
            _ => ReadTextCondition(map, property.Value),
        };
        var outcome = ReadFitOutcome(map);
        return condition is null || outcome is null ? null : condition with { Property = property!.Value, Points = outcome.Value.Points, Disqualify = outcome.Value.Disqualify };
    }

    private static FitRule? ReadEmployeesCondition(YamlMap map)
    {
        if (TextConditions.FirstOrDefault(map.Has) is { } text)
        {
            Field.Error(map, text, "employees is a number: match it with atLeast and/or below (e.g. atLeast: 200)");
            return null;
        }

        if (!NumberConditions.Any(map.Has))
        {
            map.Errors.Add(map.Node, map.Path, "write the condition: atLeast and/or below a number of employees (e.g. { property: employees, atLeast: 200, points: 15 })");
            return null;
        }

        var atLeast = Field.Count(map, "atLeast");
        var below = Field.Count(map, "below");
        if (atLeast >= below)
        {
            Field.Error(map, "below", $"must be more than atLeast ({atLeast}): no company has at least {atLeast} and fewer than {below} employees");
            return null;
        }

        return (map.Has("atLeast") && atLeast is null) || (map.Has("below") && below is null)
            ? null
            : new FitRule { Property = FitProperty.Employees, AtLeast = atLeast, Below = below };
    }

    private static FitRule? ReadTextCondition(YamlMap map, FitProperty property)
    {
        var name = property.ToFileText();
        if (NumberConditions.FirstOrDefault(map.Has) is { } number)
        {
            Field.Error(map, number, $"belongs to employees; a {name} rule matches with is, in or notIn");
            return null;
        }

        var written = TextConditions.Where(map.Has).ToList();
        if (written.Count == 0)
        {
            map.Errors.Add(map.Node, map.Path, $"write one condition: is, in or notIn (e.g. {{ property: {name}, in: [a, b], points: 20 }})");
            return null;
        }

        if (written.Count > 1)
        {
            Field.Error(map, written[1], $"write one condition, not both '{written[0]}' and '{written[1]}': is one value, in any of several, notIn none of them");
            return null;
        }

        var key = written[0];
        if (key == "is" && map.Get(key) is not YamlDotNet.RepresentationModel.YamlScalarNode)
        {
            Field.Error(map, key, "takes one value; write in: [a, b] for any of several");
            return null;
        }

        var errors = map.Errors.Count;
        var values = Field.DistinctTexts(map, key, "value", (text, item) => FitValue(property, text, item));
        if (values.Count == 0)
        {
            if (map.Errors.Count == errors)
            {
                Field.Error(map, key, $"must name at least one {name}");
            }

            return null;
        }

        return key == "notIn" ? new FitRule { Property = property, NotIn = values } : new FitRule { Property = property, In = values };
    }

    /// <summary>
    /// A value a text rule compares with: a buying role must be one, and is kept as events write it
    /// (<c>decision-maker</c>, <c>influencer</c>); anything else is kept as written.
    /// </summary>
    private static string? FitValue(FitProperty property, string text, YamlItem item)
    {
        if (property != FitProperty.BuyingRole)
        {
            return text;
        }

        if (Leads.LeadProfile.TryParseBuyingRole(text, out var role))
        {
            return role;
        }

        item.Error(AgreementText.BuyingRoles.Unknown(text));
        return null;
    }

    /// <summary>The rule's points, or its reason to disqualify: exactly one of the two.</summary>
    private static (decimal Points, string? Disqualify)? ReadFitOutcome(YamlMap map)
    {
        var points = map.Has("points");
        var disqualify = map.Has("disqualify");
        if (points && disqualify)
        {
            Field.Error(map, "disqualify", "write points or disqualify, not both: a disqualifying rule adds no points");
            return null;
        }

        if (points)
        {
            return map.Decimal("points", required: true) is { } value ? (value, null) : null;
        }

        if (disqualify)
        {
            return Field.Text(map, "disqualify", required: true) is { } reason ? (0m, reason) : null;
        }

        map.Errors.Add(map.Node, map.Path, "write points (e.g. points: 20) or disqualify with the reason such a lead is not handed off");
        return null;
    }
}
