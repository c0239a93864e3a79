using NodaTime;
using Pactum.Domain.Clocks;
using Pactum.Domain.Leads;
using Pactum.Domain.Scoring;
using Pactum.Storage.Leads;
using Pactum.Storage.Routing;

namespace Pactum.Server.Features.Routing;

/// <summary>
/// The hand-off automation (SPEC L4–L6): each round routes the leads with new events (and, when a new agreement version
/// has taken effect, every lead in marketing) under the plan in effect — a lead its rules qualify is made an MQL,
/// handed off to the rep the assignment method picks, and sales is told; then returns to marketing the leads a recycle
/// rule says are done, and gives to the next rep each lead whose first touch was missed (once a hand-off).
/// </summary>
/// <remarks>
/// Every act is a lead event with a deterministic id (<c>pactum-…</c>), appended like any other: it starts or stops
/// clocks, and a second round that reaches the same conclusion appends nothing. Rounds are serialized.
/// </remarks>
public sealed class LeadRouter(RoutingPlans plans, EventLog log, RoutingQueries queries, RoutingState state, RepAssigner assigner, IClock clock, ILogger<LeadRouter> logger)
{
    /// <summary>A hand-off older than this when it is made is not told (the same rule as clock notices).</summary>
    public static readonly Duration TellWithin = Duration.FromHours(24);

    /// <summary>How often every lead being worked is checked against the recycle rules (their days run out with time).</summary>
    public static readonly Duration RecycleSweep = Duration.FromMinutes(1);

    private readonly Lock _gate = new();
    private Instant? _lastRecycleSweep;

    /// <summary>Runs one round; what it did.</summary>
    public RoutingRound Sweep()
    {
        lock (_gate)
        {
            var now = clock.GetCurrentInstant();
            // A round with nothing new writes nothing: it takes no write lock from an import in flight.
            var watermark = state.Watermark();
            var (changed, lastRowId) = queries.ChangedSince(watermark);
            var plan = plans.Current();
            if (plan is null)
            {
                Advance(watermark, lastRowId);
                return RoutingRound.Idle;
            }

            var leads = changed.ToHashSet(StringComparer.Ordinal);
            var newVersion = state.RoutedVersion() != plan.Key;
            if (newVersion)
            {
                leads.UnionWith(queries.InMarketing());
            }

            var handedOff = leads.Order(StringComparer.Ordinal).Count(leadId => Route(plan, leadId, now));
            Advance(watermark, lastRowId);
            if (newVersion)
            {
                state.SetRoutedVersion(plan.Key);
            }

            var recycled = Recycle(plan, now, changed);
            var reassigned = Reassign(plan, now);
            if (handedOff + recycled + reassigned > 0)
            {
                logger.LogInformation("Routing under {Plan}: {HandedOff} handed off, {Recycled} recycled, {Reassigned} reassigned", plan.Key, handedOff, recycled, reassigned);
            }

            return new RoutingRound(plan.Key, leads.Count, handedOff, recycled, reassigned);
        }
    }

    private void Advance(long watermark, long lastRowId)
    {
        if (lastRowId != watermark)
        {
            state.SetWatermark(lastRowId);
        }
    }

    /// <summary>Hands lead <paramref name="leadId"/> off when the plan's rules say so; true when it did.</summary>
    private bool Route(RoutingPlan plan, string leadId, Instant now)
    {
        var events = log.EventsOf(leadId).Select(r => r.Event).ToList();
        var verdict = plan.Judge(events, now);
        if (!verdict.HandsOff)
        {
            return false;
        }

        var at = verdict.At!.Value;
        var lead = LeadProjection.Project(leadId, events);
        var choice = plan.Agreement.Assignment is { } rules ? assigner.Assign(rules, Today(plan, now)) : null;
        var reason = choice is null ? verdict.Reason : $"{verdict.Reason}; {choice.Reason}";
        var cycle = lead.HandOffs.Count + 1;
        var acts = new List<LeadEvent>();
        if (lead.MqlAt is null)
        {
            acts.Add(new LeadEvent { EventId = $"pactum-{leadId}-{cycle}-mql", LeadId = leadId, Type = LeadEventType.Mql, OccurredAt = at, Score = verdict.Score?.Total, Reason = verdict.Reason });
        }

        acts.Add(new LeadEvent
        {
            EventId = $"pactum-{leadId}-{cycle}-to-sales", LeadId = leadId, Type = LeadEventType.HandedOff, OccurredAt = at,
            Owner = choice?.RepId, Reason = reason, Score = verdict.Score?.Total,
        });
        // Like clock notices, a hand-off older than a day (an import of history) is recorded but told to no one.
        IReadOnlyList<Pactum.Domain.Notices.AgreementNotice> notices = now - at > TellWithin
            ? []
            : [HandOffNotice.Of(plan.Agreement, plan.Version, leadId, at, choice?.RepId, reason, verdict.Score, lead, LeadProfile.Of(events))];
        return log.Append(acts, notices: notices).Any(o => o.Outcome == AppendOutcome.Taken);
    }

    /// <summary>
    /// Returns to marketing the leads a recycle rule is due for; how many. Leads with new events are checked every round
    /// (an attempt may be the N-th); every lead being worked once every <see cref="RecycleSweep"/>.
    /// </summary>
    private int Recycle(RoutingPlan plan, Instant now, IReadOnlyCollection<string> changed)
    {
        if (plan.Agreement.Recycle is not { } rules)
        {
            return 0;
        }

        var calendar = plan.Agreement.CalendarWithExclusions();
        var recycled = 0;
        var everyLead = _lastRecycleSweep is not { } last || now - last >= RecycleSweep;
        if (everyLead)
        {
            _lastRecycleSweep = now;
        }

        var candidates = queries.BeingWorked();
        foreach (var leadId in everyLead ? candidates : candidates.Intersect(changed, StringComparer.Ordinal))
        {
            var lead = LeadProjection.Project(leadId, log.EventsOf(leadId).Select(r => r.Event));
            if (RecycleCheck.Due(rules, lead, calendar, now) is not { } due)
            {
                continue;
            }

            var recycle = new LeadEvent
            {
                EventId = $"pactum-{leadId}-{lead.HandOffs.Count}-recycled", LeadId = leadId, Type = LeadEventType.Recycled, OccurredAt = due.At,
                Owner = lead.Owner, Reason = due.Reason, Track = due.Track,
            };
            recycled += log.Append([recycle]).Count(o => o.Outcome == AppendOutcome.Taken);
        }

        return recycled;
    }

    /// <summary>Gives each lead whose first touch was missed to the next rep, once a hand-off; how many.</summary>
    private int Reassign(RoutingPlan plan, Instant now)
    {
        if (plan.Agreement.Assignment is not { ReassignOnFirstTouchBreach: true } rules)
        {
            return 0;
        }

        var clocks = plan.Agreement.Clocks.Where(c => c.Kind == ClockKind.FirstTouch).Select(c => c.Id).ToList();
        var reassigned = 0;
        foreach (var breach in clocks.Count == 0 ? [] : queries.OpenBreaches(plan.Agreement.Id, clocks))
        {
            var eventId = $"pactum-{breach.StartEventId}-reassigned"; // once per hand-off: the run started at that hand-off
            if (queries.HasEvent(eventId))
            {
                continue;
            }

            var owner = LeadProjection.Project(breach.LeadId, log.EventsOf(breach.LeadId).Select(r => r.Event)).Owner;
            var choice = assigner.Assign(rules, Today(plan, now), exclude: owner).Because($"reassigned: first touch missed{(owner is null ? "" : $" by {owner}")}");
            if (choice.RepId is null)
            {
                continue;
            }

            var assigned = new LeadEvent
            {
                EventId = eventId, LeadId = breach.LeadId, Type = LeadEventType.Assigned, OccurredAt = breach.Due ?? now, Owner = choice.RepId, Reason = choice.Reason,
            };
            reassigned += log.Append([assigned]).Count(o => o.Outcome == AppendOutcome.Taken);
        }

        return reassigned;
    }

    private static LocalDate Today(RoutingPlan plan, Instant now) => now.InZone(plan.Agreement.Calendar?.Zone ?? DateTimeZone.Utc).Date;
}

/// <summary>What one routing round did: the plan it routed under, the leads it judged, and its acts.</summary>
public sealed record RoutingRound(string? Plan, int Judged, int HandedOff, int Recycled, int Reassigned)
{
    /// <summary>A round with no plan in effect.</summary>
    public static RoutingRound Idle { get; } = new(null, 0, 0, 0, 0);
}
