namespace Pactum.Domain.Scoring;

/// <summary>Which rule of <see cref="RecycleRules"/> returns a lead to marketing (SPEC L6).</summary>
public enum RecycleCause
{
    /// <summary>The attempts without a connection (<see cref="RecycleRules.AfterAttempts"/>).</summary>
    Attempts,

    /// <summary>The business days from the hand-off without a connection (<see cref="RecycleRules.AfterBusinessDays"/>).</summary>
    BusinessDays,
}
