namespace Pactum.Domain.Calculator;

/// <summary>Whether the sales team can do what the SLA asks (SPEC G5), by utilisation u = minutes needed ÷ minutes available per rep.</summary>
public enum CapacityVerdict
{
    /// <summary>u &lt; 0.9: the team has room to spare.</summary>
    WithinCapacity,

    /// <summary>0.9 ≤ u ≤ 1: it fits, with less than a tenth of the time to spare.</summary>
    NearCapacity,

    /// <summary>u &gt; 1: the SLA asks more than the team can do.</summary>
    OverCapacity,
}
