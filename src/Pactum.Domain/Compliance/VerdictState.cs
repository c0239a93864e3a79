namespace Pactum.Domain.Compliance;

/// <summary>Where a goal stands for a period (SPEC P1).</summary>
public enum VerdictState
{
    /// <summary>The period is running and the forecast meets the target.</summary>
    OnTrack,

    /// <summary>The period is running and the forecast misses the target.</summary>
    AtRisk,

    /// <summary>The period is over and the goal was met.</summary>
    Met,

    /// <summary>The period is over and the goal was missed.</summary>
    Missed,

    /// <summary>Every day of the period is excluded (SPEC A6): there is nothing to judge.</summary>
    Excluded,
}
