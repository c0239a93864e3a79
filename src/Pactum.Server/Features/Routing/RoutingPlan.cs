using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Scoring;

namespace Pactum.Server.Features.Routing;

/// <summary>
/// The agreement version whose rules route leads (SPEC L4–L6): the first agreement in effect, by id, that says what
/// hands a lead off. <see cref="EffectiveAt"/> is when its rules began to apply: no hand-off it makes is earlier.
/// </summary>
public sealed record RoutingPlan(Agreement Agreement, int Version, Instant EffectiveAt)
{
    /// <summary>The version's key, <c>id@version</c>: a new key re-routes every lead in marketing.</summary>
    public string Key => $"{Agreement.Id}@{Version}";

    /// <summary>The hand-off rules (never null in a plan).</summary>
    public HandOffRules HandOff => Agreement.HandOff!;

    /// <summary>The verdict of the plan's rules on a lead with <paramref name="events"/>, as of <paramref name="now"/>.</summary>
    public HandOffVerdict Judge(IEnumerable<Pactum.Domain.Leads.LeadEvent> events, Instant now) =>
        HandOffCheck.Decide(Agreement.Scoring, HandOff, events, now, EffectiveAt);
}
