using System.Text.RegularExpressions;
using NodaTime;

namespace Pactum.Domain.Leads.Import;

/// <summary>
/// Builds the events of one CRM record with IDs that depend only on the record and the fact, so the same fact in any
/// later snapshot has the same ID (and a changed fact a new one).
/// </summary>
/// <remarks>
/// <para>IDs: a dated fact is <c>{format}:{record}:{type}</c> (e.g. <c>hubspot:501:mql</c>); a fact implied by an
/// undated status is <c>{format}:{record}:status:{type}</c> (e.g. <c>hubspot:501:status:connected</c>); an owner
/// assignment adds the owner, lower-cased with spaces as hyphens (<c>…:handed_off:dana-reyes</c>), so a new owner is a
/// new fact rather than a changed one.</para>
/// <para>Facts one cell implies at one instant (an SQL date: <c>sql</c>, then <c>handed_off</c>, then
/// <c>accepted</c>) are chained: each later fact's ID is the previous one's plus <c>/{type}</c>
/// (<c>hubspot:501:sql/handed_off:dana-reyes/accepted</c>), so ordering by instant and then ID (ordinal), as projections
/// do, keeps them in the order they happened.</para>
/// <para>The lead ID is the CRM's record ID as written, so events the same CRM sends later about the record (webhooks,
/// API) join the same lead.</para>
/// </remarks>
internal sealed partial class CrmEventList(string format, string recordId)
{
    private readonly List<LeadEvent> events = [];
    private readonly HashSet<string> snapshotFacts = new(StringComparer.Ordinal);
    private LeadEvent? chain;

    /// <summary>The events added, each <see cref="LeadEvent.Normalized"/>.</summary>
    public IReadOnlyList<LeadEvent> Events => events;

    /// <summary>The IDs of the events dated by the snapshot, not by a column (the facts of an undated status).</summary>
    public IReadOnlyCollection<string> SnapshotFacts => snapshotFacts;

    /// <summary>
    /// Adds a fact dated by a column, when the column had a date, and starts a chain at it. Only members that cannot
    /// change for this fact in a later snapshot belong here.
    /// </summary>
    public CrmEventList Dated(LeadEventType type, Instant? at, string? source = null, string? persona = null)
    {
        chain = at is { } instant ? Add($"{format}:{recordId}:{type.ToText()}", type, instant, source, persona, null, null) : null;
        return this;
    }

    /// <summary>
    /// Adds a fact at the instant of the chain's last fact, after it (nothing when the chain's column had no date).
    /// With <paramref name="toOwner"/> the fact is an assignment to <paramref name="owner"/>: it carries the owner and
    /// its ID names it.
    /// </summary>
    public CrmEventList Then(LeadEventType type, string? owner = null, bool toOwner = false)
    {
        if (chain is not null)
        {
            chain = Add($"{chain.EventId}/{type.ToText()}{OwnerPart(toOwner, owner)}", type, chain.OccurredAt, null, null, toOwner ? owner : null, null);
        }

        return this;
    }

    /// <summary>
    /// Adds the facts an undated status implies, in order, dated at <paramref name="snapshotAt"/> (nothing when it is
    /// <see langword="null"/>), except a type a dated column of the same row already gave (the dated fact is better).
    /// </summary>
    public CrmEventList Observed(IReadOnlyList<CrmFact>? facts, Instant? snapshotAt, string? owner)
    {
        chain = null;
        if (facts is null || snapshotAt is not { } instant)
        {
            return this;
        }

        foreach (var fact in facts.Where(f => events.All(e => e.Type != f.Type)))
        {
            var name = $"{fact.Type.ToText()}{OwnerPart(fact.ToOwner, owner)}";
            var id = chain is null ? $"{format}:{recordId}:status:{name}" : $"{chain.EventId}/{name}";
            chain = Add(id, fact.Type, instant, null, null, fact.ToOwner ? owner : null, fact.Reason);
            snapshotFacts.Add(id);
        }

        return this;
    }

    private LeadEvent Add(string id, LeadEventType type, Instant at, string? source, string? persona, string? owner, string? reason)
    {
        var added = new LeadEvent
        {
            EventId = id,
            LeadId = recordId,
            Type = type,
            OccurredAt = at,
            Source = source,
            Persona = persona,
            Owner = owner,
            Reason = reason,
        }.Normalized();
        events.Add(added);
        return added;
    }

    private static string OwnerPart(bool toOwner, string? owner) =>
        toOwner && owner is not null ? ":" + Spaces().Replace(owner.Trim().ToLowerInvariant(), "-") : "";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
