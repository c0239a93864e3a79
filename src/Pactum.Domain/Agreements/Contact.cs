namespace Pactum.Domain.Agreements;

/// <summary>
/// A point of contact (SPEC A2): a person of one party, their role, what they own, and whom they talk to. Contacts
/// are named by their <see cref="Name"/>, which is unique within the agreement (ignoring case).
/// </summary>
public sealed record Contact
{
    /// <summary>The person's name, e.g. "Amir".</summary>
    public required string Name { get; init; }

    /// <summary>The id of the party the person belongs to.</summary>
    public required string Party { get; init; }

    /// <summary>The person's role, e.g. "Marketing director".</summary>
    public required string Role { get; init; }

    /// <summary>What the person owns (goals, reports, activities), in file order; may be empty.</summary>
    public IReadOnlyList<string> Owns { get; init; } = [];

    /// <summary>The names of the other contacts this person talks to; each names a contact of the agreement.</summary>
    public IReadOnlyList<string> TalksTo { get; init; } = [];

    /// <summary>
    /// The e-mail addresses notices for the contact's party go to, in file order: one (<c>email: a@x.example</c>) or a
    /// YAML list (<c>email: [a@x.example, b@x.example]</c>), each one address by <see cref="EmailAddress"/>'s rule; may be empty.
    /// </summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>The addresses of <paramref name="party"/>'s contacts among <paramref name="contacts"/>, in file order, each once (ignoring case).</summary>
    public static IReadOnlyList<string> EmailsOf(IEnumerable<Contact> contacts, string party) =>
        contacts.Where(c => c.Party == party).SelectMany(c => c.Emails).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
