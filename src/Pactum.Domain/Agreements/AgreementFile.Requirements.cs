using Pactum.Domain.Files;

namespace Pactum.Domain.Agreements;

/// <content>Reads <c>requirements</c>: what one party needs from another, and how often.</content>
public static partial class AgreementFile
{
    private static List<Requirement> ReadRequirements(YamlMap root, AgreementReferences references)
    {
        var requirements = new List<Requirement>();
        var ids = new UniqueNames("requirement id");
        foreach (var map in Field.Items(root, "requirements", AgreementKeys.Requirement))
        {
            var id = map.Has("id") ? Field.Slug(map, "id") : null;
            var unique = id is null || ids.Claim(map, "id", id);
            var from = references.Party(map, "from");
            var to = references.Party(map, "to");
            if (from is not null && from == to)
            {
                Field.Error(map, "to", $"must be another party than 'from' ({from}): a requirement is what one party needs from another");
                to = null;
            }

            var what = Field.Text(map, "what", required: true);
            var cadence = ReadCadence(map);
            if (unique && from is not null && to is not null && what is not null && cadence.Valid)
            {
                requirements.Add(new Requirement { Id = id, From = from, To = to, What = what, Cadence = cadence.Value });
            }
        }

        return requirements;
    }

    private static (bool Valid, RequirementCadence? Value) ReadCadence(YamlMap requirement)
    {
        var node = requirement.Get("cadence");
        if (node is null)
        {
            return (true, null);
        }

        if (node is not YamlDotNet.RepresentationModel.YamlMappingNode)
        {
            var period = RequirementCadence.Words.Read(requirement, "cadence");
            return (period is not null, period is null ? null : new RequirementCadence(1, period.Value));
        }

        var map = Field.Section(requirement, "cadence", AgreementKeys.Cadence)!;
        var count = Field.Count(map, "count", required: true);
        var per = AgreementText.Periods.Read(map, "per", required: true);
        return count is null || per is null ? (false, null) : (true, new RequirementCadence(count.Value, per.Value));
    }
}
