namespace Pactum.Domain.Agreements;

/// <summary>The three kinds of service-level agreement (SPEC A1), written in files as <c>customer</c>, <c>internal</c>, <c>multi-level</c>.</summary>
public enum AgreementKind
{
    /// <summary>A provider promises a level of service to one customer (<c>customer</c>); service credits apply.</summary>
    Customer,

    /// <summary>Between departments of one company, e.g. marketing → sales (<c>internal</c>); at least two parties.</summary>
    Internal,

    /// <summary>More than one provider in a chain, e.g. marketing → sales → customer service (<c>multi-level</c>); at least three parties, listed in chain order.</summary>
    MultiLevel,
}
