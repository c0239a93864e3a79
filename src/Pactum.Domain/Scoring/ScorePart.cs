using NodaTime;

namespace Pactum.Domain.Scoring;

/// <summary>
/// One contribution to a lead's score (SPEC L4): the rule in plain words, the points it counts after decay and caps
/// (rounded to 2 decimals) and before them, the engagement it counts for (interest only), the rule's group (interest
/// only) and a note on what changed the points, e.g. "halved 3 times: 90 days old", "capped: group web adds at most
/// 20", "outside the 90-day window".
/// </summary>
/// <param name="Side">Fit or interest.</param>
/// <param name="Rule">The rule in plain words, e.g. "Leads whose seniority is executive or director", "Each page visit on /pricing".</param>
/// <param name="Points">The points counted, after decay and caps.</param>
/// <param name="RawPoints">The rule's points, before decay and caps.</param>
/// <param name="EventId">The engagement counted (interest), or null (fit).</param>
/// <param name="At">When the engagement happened (interest), or null (fit).</param>
/// <param name="Group">The interest group (interest), or null (fit).</param>
/// <param name="Note">What made <paramref name="Points"/> differ from <paramref name="RawPoints"/>, or null when nothing did.</param>
public sealed record ScorePart(ScoreSide Side, string Rule, decimal Points, decimal RawPoints, string? EventId, Instant? At, string? Group, string? Note);
