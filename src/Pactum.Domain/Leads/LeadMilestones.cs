using NodaTime;

namespace Pactum.Domain.Leads;

/// <summary>
/// The facts of a lead that reports count (SPEC R1–R7), kept with its summary in the lead projection table: when it
/// became an MQL and an SQL, the asset it converted on, its first attempt at or after its first hand-off, how many
/// attempts it has, when sales first reached it, sales' latest accept or reject, its latest recycle, its nurture track
/// and the outcome of its deal.
/// </summary>
/// <param name="MqlAt">When it first became an MQL.</param>
/// <param name="SqlAt">When it first became an SQL.</param>
/// <param name="Asset">The asset it converted on (the first given).</param>
/// <param name="FirstAttempt">
/// The first <c>attempt</c> at or after the first hand-off (an attempt before any hand-off is an anomaly and does not
/// count); null when none.
/// </param>
/// <param name="Attempts">How many <c>attempt</c> events the lead has.</param>
/// <param name="ConnectedAt">When sales first reached the lead.</param>
/// <param name="Decision">Sales' latest accept or reject (cleared by a new hand-off).</param>
/// <param name="Recycle">The latest return to marketing.</param>
/// <param name="NurtureTrack">The nurture track the lead is in.</param>
/// <param name="Deal">The deal's outcome (the first one).</param>
public sealed record LeadMilestones(
    Instant? MqlAt, Instant? SqlAt, string? Asset, Instant? FirstAttempt, int Attempts, Instant? ConnectedAt,
    HandOffDecision? Decision, Recycle? Recycle, string? NurtureTrack, DealOutcome? Deal)
{
    /// <summary>Every hand-off with its first attempt (SPEC I5 counts a lead in each month it was handed off in).</summary>
    public LeadHandOffs HandOffs { get; init; } = LeadHandOffs.None;

    /// <summary>A lead with none of these facts yet.</summary>
    public static readonly LeadMilestones None = new(null, null, null, null, 0, null, null, null, null, null);
}
