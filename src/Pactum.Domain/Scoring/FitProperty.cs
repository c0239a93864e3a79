namespace Pactum.Domain.Scoring;

/// <summary>The lead properties a fit rule can test (SPEC A3, L4), written <c>persona</c>, <c>role</c>, <c>seniority</c>, <c>buyingRole</c>, <c>employees</c>, <c>region</c>.</summary>
public enum FitProperty
{
    /// <summary>The buyer persona the lead matches.</summary>
    Persona,

    /// <summary>The job role.</summary>
    Role,

    /// <summary>The seniority.</summary>
    Seniority,

    /// <summary>Decision maker or influencer.</summary>
    BuyingRole,

    /// <summary>The company's size in employees (the only number).</summary>
    Employees,

    /// <summary>The company's region.</summary>
    Region,
}
