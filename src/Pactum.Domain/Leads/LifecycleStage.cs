namespace Pactum.Domain.Leads;

/// <summary>
/// Where a lead is in the funnel (SPEC L2): visitor → lead → MQL → SQL → opportunity → customer, or lost /
/// disqualified. Stages move forward only, except that a recycled lead returns to <see cref="Lead"/>.
/// </summary>
public enum LifecycleStage
{
    /// <summary>Known only as a visit; not yet converted.</summary>
    Visitor,

    /// <summary>Converted on an asset.</summary>
    Lead,

    /// <summary>Marketing-qualified.</summary>
    Mql,

    /// <summary>Sales-qualified.</summary>
    Sql,

    /// <summary>A deal is open.</summary>
    Opportunity,

    /// <summary>The deal was won.</summary>
    Customer,

    /// <summary>The deal was lost.</summary>
    Lost,

    /// <summary>Not a fit: disqualified.</summary>
    Disqualified,
}
