namespace Pactum.Domain.Agreements;

/// <summary>How often the whole agreement is revised (written <c>quarterly</c>, <c>semiannual</c>, <c>yearly</c>).</summary>
public enum RevisionCadence
{
    /// <summary>Every quarter (<c>quarterly</c>).</summary>
    Quarterly,

    /// <summary>Twice a year (<c>semiannual</c>).</summary>
    Semiannual,

    /// <summary>Once a year (<c>yearly</c>).</summary>
    Yearly,
}
