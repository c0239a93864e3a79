using Pactum.Domain.Files;

namespace Pactum.Domain.Agreements;

/// <content>Reads <c>definitions</c>: contact, lead, MQL, SQL, the sales stages and the buyer personas (SPEC A3).</content>
public static partial class AgreementFile
{
    private static Definitions ReadDefinitions(YamlMap root) =>
        Field.Optional(root, "definitions", AgreementKeys.Definitions, map => new Definitions
        {
            Contact = Field.Text(map, "contact"),
            Lead = Field.Text(map, "lead"),
            Mql = Field.Text(map, "mql"),
            Sql = Field.Text(map, "sql"),
            Stages = ReadStages(map),
            Personas = ReadPersonas(map),
        });

    private static List<string> ReadStages(YamlMap definitions)
    {
        var stages = new List<string>();
        foreach (var (stage, item) in Field.Texts(definitions, "stages"))
        {
            if (stages.Contains(stage, StringComparer.OrdinalIgnoreCase))
            {
                item.Error($"stage '{stage}' is listed twice; each stage appears once, in order");
                continue;
            }

            stages.Add(stage);
        }

        return stages;
    }

    private static List<Persona> ReadPersonas(YamlMap definitions)
    {
        var personas = new List<Persona>();
        var names = new UniqueNames("persona name", ignoreCase: true);
        foreach (var map in Field.Items(definitions, "personas", AgreementKeys.Persona))
        {
            var name = Field.Text(map, "name", required: true);
            var unique = name is not null && names.Claim(map, "name", name);
            var persona = new Persona
            {
                Name = name ?? "",
                Role = Field.Text(map, "role"),
                Seniority = Field.Text(map, "seniority"),
                BuyingRole = AgreementText.BuyingRoles.Read(map, "decisionMaker"),
                CompanySize = Field.Text(map, "companySize"),
                Region = Field.Text(map, "region"),
            };
            if (unique)
            {
                personas.Add(persona);
            }
        }

        return personas;
    }
}
