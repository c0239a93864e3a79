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
            Stages = Field.DistinctTexts(map, "stages", "stage", (stage, _) => stage),
            Personas = ReadPersonas(map),
        });

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
