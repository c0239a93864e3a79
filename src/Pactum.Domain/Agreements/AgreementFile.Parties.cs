using Pactum.Domain.Files;

namespace Pactum.Domain.Agreements;

/// <content>Reads <c>parties</c> and checks what each kind of agreement needs of them.</content>
public static partial class AgreementFile
{
    private static List<Party> ReadParties(YamlMap root, AgreementKind? kind, AgreementReferences references)
    {
        var parties = new List<Party>();
        var ids = new UniqueNames("party id");
        var roles = new List<PartyRole>();
        foreach (var map in Field.Items(root, "parties", AgreementKeys.Party, required: true))
        {
            var written = Field.Text(map, "id", required: true);
            if (written is not null)
            {
                references.AddParty(written);
            }

            var id = Field.Slug(map, "id");
            if (id == AgreementReferences.Shared)
            {
                Field.Error(map, "id", $"'{id}' is reserved for goals every party shares; give the party another id");
                id = null;
            }

            var unique = id is not null && ids.Claim(map, "id", id);
            var name = Field.Text(map, "name", required: true);
            var role = ReadRole(map, kind);
            if (role is not null)
            {
                roles.Add(role.Value);
            }

            if (unique && name is not null)
            {
                parties.Add(new Party(id!, name, role));
            }
        }

        CheckPartiesFitKind(root, kind, references.Parties.Count, roles);
        return parties;
    }

    private static PartyRole? ReadRole(YamlMap map, AgreementKind? kind)
    {
        if (kind == AgreementKind.Customer)
        {
            return AgreementText.Roles.Read(map, "role", required: true);
        }

        if (map.Has("role") && kind is not null)
        {
            Field.Error(map, "role", $"a party role (provider or customer) belongs to customer agreements only; this agreement is {kind.Value.ToFileText()}");
        }

        return null;
    }

    private static void CheckPartiesFitKind(YamlMap root, AgreementKind? kind, int count, List<PartyRole> roles)
    {
        if (root.Get("parties") is not YamlDotNet.RepresentationModel.YamlSequenceNode)
        {
            return;
        }

        var message = kind switch
        {
            AgreementKind.MultiLevel when count < 3 =>
                $"a multi-level agreement needs at least three parties, listed in chain order (e.g. marketing, sales, service); it has {count}",
            AgreementKind.Customer when roles.Count == count && (roles.Count(r => r == PartyRole.Provider) != 1 || roles.Count(r => r == PartyRole.Customer) != 1) =>
                "a customer agreement needs exactly two parties: one with role provider and one with role customer",
            _ when count < 2 => $"an agreement needs at least two parties; it has {count}",
            _ => null,
        };
        if (message is not null)
        {
            Field.Error(root, "parties", message);
        }
    }
}
