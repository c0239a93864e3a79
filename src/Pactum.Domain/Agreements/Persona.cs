namespace Pactum.Domain.Agreements;

/// <summary>
/// A buyer persona both sides agree on (SPEC A3), described beyond demographics. Only <see cref="Name"/> is required;
/// names are unique within the agreement (ignoring case).
/// </summary>
public sealed record Persona
{
    /// <summary>The persona's name, e.g. "Decision-making executive".</summary>
    public required string Name { get; init; }

    /// <summary>The job role, e.g. "VP of operations", or null.</summary>
    public string? Role { get; init; }

    /// <summary>The seniority, e.g. "executive", or null.</summary>
    public string? Seniority { get; init; }

    /// <summary>Whether the persona decides or influences the purchase, or null.</summary>
    public BuyingRole? BuyingRole { get; init; }

    /// <summary>The size of the persona's company, e.g. "20–500 employees", or null.</summary>
    public string? CompanySize { get; init; }

    /// <summary>The region served, e.g. "North America", or null.</summary>
    public string? Region { get; init; }
}
