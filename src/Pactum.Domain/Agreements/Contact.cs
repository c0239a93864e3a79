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

    /// <summary>An e-mail address for notifications, or null.</summary>
    public string? Email { get; init; }
}
