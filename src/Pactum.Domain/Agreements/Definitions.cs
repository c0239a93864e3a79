namespace Pactum.Domain.Agreements;

/// <summary>
/// The words both sides define the same way (SPEC A3): contact, lead, marketing-qualified lead (MQL), sales-qualified
/// lead (SQL), the sales stages in order, and the buyer personas. Each text is null when the agreement does not define it.
/// </summary>
public sealed record Definitions
{
    /// <summary>What counts as a contact.</summary>
    public string? Contact { get; init; }

    /// <summary>What counts as a lead.</summary>
    public string? Lead { get; init; }

    /// <summary>What makes a lead marketing-qualified.</summary>
    public string? Mql { get; init; }

    /// <summary>What makes a lead sales-qualified.</summary>
    public string? Sql { get; init; }

    /// <summary>The sales stages, first to last; each appears once.</summary>
    public IReadOnlyList<string> Stages { get; init; } = [];

    /// <summary>The buyer personas, in file order.</summary>
    public IReadOnlyList<Persona> Personas { get; init; } = [];

    /// <summary>True when nothing is defined.</summary>
    public bool IsEmpty => Contact is null && Lead is null && Mql is null && Sql is null && Stages.Count == 0 && Personas.Count == 0;
}
