using Pactum.Domain.Files;

namespace Pactum.Domain.Agreements;

/// <content>Reads <c>contacts</c> and checks that everyone they talk to is a contact too.</content>
public static partial class AgreementFile
{
    private static List<Contact> ReadContacts(YamlMap root, AgreementReferences references)
    {
        var contacts = new List<Contact>();
        var names = new UniqueNames("contact name", ignoreCase: true);
        var written = new List<string>();
        var talks = new List<(string Speaker, IReadOnlyList<(string Text, YamlItem Item)> Others)>();
        foreach (var map in Field.Items(root, "contacts", AgreementKeys.Contact))
        {
            var name = Field.Text(map, "name", required: true);
            var unique = name is not null && names.Claim(map, "name", name);
            var party = references.Party(map, "party");
            var role = Field.Text(map, "role", required: true);
            var owns = Field.Texts(map, "owns");
            var talksTo = Field.Texts(map, "talksTo");
            var emails = Field.DistinctTexts(map, "email", "address", EmailAddressOf);
            if (name is not null)
            {
                written.Add(name);
                talks.Add((name, talksTo));
            }

            if (unique && party is not null && role is not null)
            {
                contacts.Add(new Contact
                {
                    Name = name!,
                    Party = party,
                    Role = role,
                    Owns = owns.Select(o => o.Text).ToList(),
                    TalksTo = talksTo.Select(t => t.Text).ToList(),
                    Emails = emails,
                });
            }
        }

        CheckTalksTo(talks, written);
        return contacts;
    }

    /// <summary>One address of a contact's <c>email</c>, or null after saying why it is none.</summary>
    private static string? EmailAddressOf(string text, YamlItem item)
    {
        if (EmailAddress.Problem(text) is not { } problem)
        {
            return text;
        }

        item.Error($"'{text}' is not an e-mail address: {problem}; write one address, like name@example.com, and several as a YAML list: [a@example.com, b@example.com]");
        return null;
    }

    private static void CheckTalksTo(List<(string Speaker, IReadOnlyList<(string Text, YamlItem Item)> Others)> talks, List<string> names)
    {
        foreach (var (speaker, others) in talks)
        {
            foreach (var (other, item) in others)
            {
                if (string.Equals(other, speaker, StringComparison.OrdinalIgnoreCase))
                {
                    item.Error($"'{other}' is this contact; name the other contacts {speaker} talks to");
                }
                else if (!names.Contains(other, StringComparer.OrdinalIgnoreCase))
                {
                    item.Error(AgreementReferences.Check(other, names, "contact")!);
                }
            }
        }
    }

}
