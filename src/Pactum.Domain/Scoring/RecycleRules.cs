namespace Pactum.Domain.Scoring;

/// <summary>
/// When a handed-off lead returns to marketing (SPEC L6): after <see cref="AfterAttempts"/> attempts without a
/// connection, or <see cref="AfterBusinessDays"/> business days from the hand-off without one; each reason names the
/// nurture track the lead then enters. <see cref="Tracks"/> are the tracks sales may enrol a lead in by hand.
/// </summary>
public sealed record RecycleRules
{
    /// <summary>The attempts without a connection after which the lead is recycled, or null.</summary>
    public int? AfterAttempts { get; init; }

    /// <summary>The nurture track a lead recycled for its attempts enters.</summary>
    public string? AttemptsTrack { get; init; }

    /// <summary>The business days from the hand-off without a connection after which the lead is recycled, or null.</summary>
    public int? AfterBusinessDays { get; init; }

    /// <summary>The nurture track a lead recycled for the time enters.</summary>
    public string? DaysTrack { get; init; }

    /// <summary>The nurture tracks of the agreement, in order (awareness, consideration, decision unless written).</summary>
    public IReadOnlyList<string> Tracks { get; init; } = ["awareness", "consideration", "decision"];
}
