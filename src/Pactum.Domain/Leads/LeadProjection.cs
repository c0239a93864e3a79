using NodaTime;

namespace Pactum.Domain.Leads;

/// <summary>
/// Folds a lead's events into a <see cref="Lead"/> (SPEC L2, L6, L7). Events must be applied in (occurred-at, event
/// ID) order — <see cref="Project"/> sorts them — so the result is a pure function of the set of events. Facts that do
/// not fit (an attempt on a lead never handed off, a deal won twice, a lead whose history does not start with
/// <c>lead_created</c>) are kept and recorded as anomalies; nothing is thrown away.
/// </summary>
/// <remarks>
/// Rules, in brief: stages only move forward, except <c>recycled</c> (back to lead), <c>deal_lost</c> (lost) and
/// <c>disqualified</c>; <c>handed_off</c> opens the lead for sales (status open, stage at least MQL) and may assign
/// the owner; the first <c>attempt</c> makes it in progress; <c>connected</c>, <c>qualified</c>,
/// <c>unqualifiable</c>, <c>disqualified</c> and <c>rejected</c> set the status they name (rejected → disqualified);
/// <c>recycled</c> and <c>nurtured</c> put it in a nurture track.
/// </remarks>
public sealed class LeadProjection
{
    private readonly List<Instant> _handOffs;
    private readonly List<ContactAttempt> _attempts;
    private readonly List<LeadChange> _history;
    private readonly List<LeadAnomaly> _anomalies;
    private Lead _lead;

    private LeadProjection(Lead lead)
    {
        _lead = lead;
        _handOffs = [.. lead.HandOffs];
        _attempts = [.. lead.Attempts];
        _history = [.. lead.History];
        _anomalies = [.. lead.Anomalies];
    }

    /// <summary>A new, empty lead.</summary>
    public static LeadProjection Start(string leadId) => new(new Lead { LeadId = leadId });

    /// <summary>Continues from a lead projected before (only events after its last event may be applied).</summary>
    public static LeadProjection Resume(Lead lead) => new(lead);

    /// <summary>The lead made by <paramref name="events"/> (all of one lead, in any order).</summary>
    public static Lead Project(string leadId, IEnumerable<LeadEvent> events)
    {
        var projection = Start(leadId);
        var ordered = events.ToList();
        ordered.Sort(LeadEvent.Compare);
        foreach (var e in ordered)
        {
            projection.Apply(e);
        }

        return projection.Snapshot();
    }

    /// <summary>
    /// Applies the next event. It must belong to this lead and sort after every event applied so far; otherwise
    /// the caller must replay the lead with <see cref="Project"/> (calling this out of order is a bug and throws).
    /// </summary>
    public void Apply(LeadEvent e)
    {
        if (!string.Equals(e.LeadId, _lead.LeadId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Event {e.EventId} is about lead {e.LeadId}, not {_lead.LeadId}.", nameof(e));
        }

        if (!_lead.IsAfterLastEvent(e))
        {
            throw new ArgumentException($"Event {e.EventId} sorts before the last event applied ({_lead.LastEventId}); replay the lead instead.", nameof(e));
        }

        var before = (_lead.Status, _lead.Stage);
        if (_lead.EventCount == 0 && e.Type != LeadEventType.LeadCreated)
        {
            Anomaly(e, $"the lead's history starts with {e.Type.ToText()}, not lead_created");
        }

        _lead = Fold(_lead, e) with
        {
            Persona = e.Persona ?? _lead.Persona,
            Score = e.Score ?? _lead.Score,
            Source = _lead.Source ?? e.Source,
            Asset = _lead.Asset ?? e.Asset,
            // A hand-off (re)assigns the lead; any other event names an owner only when there is none yet.
            Owner = e.Type == LeadEventType.HandedOff ? e.Owner ?? _lead.Owner : _lead.Owner ?? e.Owner,
            EventCount = _lead.EventCount + 1,
            LastOccurredAt = e.OccurredAt,
            LastEventId = e.EventId,
        };
        if ((_lead.Status, _lead.Stage) != before)
        {
            _history.Add(new LeadChange(e.OccurredAt, _lead.Status, _lead.Stage, e.Type, e.EventId));
        }
    }

    /// <summary>The lead as the events applied so far make it.</summary>
    public Lead Snapshot() => _lead with
    {
        HandOffs = _handOffs.ToArray(),
        Attempts = _attempts.ToArray(),
        History = _history.ToArray(),
        Anomalies = _anomalies.ToArray(),
    };

    private Lead Fold(Lead lead, LeadEvent e) => e.Type switch
    {
        LeadEventType.LeadCreated => Created(lead, e),
        LeadEventType.Mql => lead with { Stage = Forward(lead.Stage, LifecycleStage.Mql), MqlAt = lead.MqlAt ?? e.OccurredAt },
        LeadEventType.Sql => lead with { Stage = Forward(lead.Stage, LifecycleStage.Sql), SqlAt = lead.SqlAt ?? e.OccurredAt },
        LeadEventType.HandedOff => HandedOff(lead, e),
        LeadEventType.Accepted => Decided(lead, e, accepted: true),
        LeadEventType.Rejected => Decided(lead, e, accepted: false) with { Status = LeadStatus.Disqualified },
        LeadEventType.Attempt => Attempted(lead, e),
        LeadEventType.Connected => SalesStep(lead, e, "connected") with { Status = LeadStatus.Connected, ConnectedAt = lead.ConnectedAt ?? e.OccurredAt },
        LeadEventType.Qualified => SalesStep(lead, e, "qualified") with { Status = LeadStatus.Qualified, Stage = Forward(lead.Stage, LifecycleStage.Sql) },
        LeadEventType.Unqualifiable => SalesStep(lead, e, "unqualifiable") with { Status = LeadStatus.UnableToQualify },
        LeadEventType.Disqualified => lead with { Status = LeadStatus.Disqualified, Stage = LifecycleStage.Disqualified, DisqualifiedBecause = e.Reason },
        LeadEventType.Recycled => lead with
        {
            Status = LeadStatus.Recycled,
            Stage = LifecycleStage.Lead,
            Recycle = new Recycle(e.OccurredAt, e.Reason, e.Track, e.EventId),
            NurtureTrack = e.Track ?? lead.NurtureTrack,
        },
        LeadEventType.Nurtured => lead with { Status = LeadStatus.Recycled, NurtureTrack = e.Track ?? lead.NurtureTrack },
        LeadEventType.Opportunity => lead with { Stage = Forward(lead.Stage, LifecycleStage.Opportunity) },
        LeadEventType.DealWon => Closed(lead, e, won: true),
        LeadEventType.DealLost => Closed(lead, e, won: false),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.Type, "Unknown event type."),
    };

    private Lead Created(Lead lead, LeadEvent e)
    {
        if (lead.CreatedAt is not null)
        {
            Anomaly(e, "lead_created again: the lead already exists");
            return lead;
        }

        return lead with { CreatedAt = e.OccurredAt, Stage = Forward(lead.Stage, LifecycleStage.Lead) };
    }

    private Lead HandedOff(Lead lead, LeadEvent e)
    {
        _handOffs.Add(e.OccurredAt);
        return lead with
        {
            Status = LeadStatus.Open,
            Stage = Forward(lead.Stage, LifecycleStage.Mql),
            Decision = null,
        };
    }

    private Lead Decided(Lead lead, LeadEvent e, bool accepted)
    {
        if (_handOffs.Count == 0)
        {
            Anomaly(e, $"{e.Type.ToText()} on a lead never handed off");
        }

        return lead with { Decision = new HandOffDecision(accepted, e.OccurredAt, e.Reason, e.EventId) };
    }

    private Lead Attempted(Lead lead, LeadEvent e)
    {
        _attempts.Add(new ContactAttempt(e.OccurredAt, e.Channel, e.Outcome, e.Owner, e.EventId));
        var working = lead.Status is LeadStatus.New or LeadStatus.Open or LeadStatus.Recycled;
        return SalesStep(lead, e, "attempt") with { Status = working ? LeadStatus.InProgress : lead.Status };
    }

    private Lead SalesStep(Lead lead, LeadEvent e, string what)
    {
        if (_handOffs.Count == 0)
        {
            Anomaly(e, $"{what} on a lead never handed off");
        }

        return lead;
    }

    private Lead Closed(Lead lead, LeadEvent e, bool won)
    {
        if (lead.Deal is { } deal)
        {
            Anomaly(e, $"{e.Type.ToText()} after the deal was already {(deal.Won ? "won" : "lost")} on {deal.At}");
            return lead;
        }

        return lead with
        {
            Stage = won ? LifecycleStage.Customer : LifecycleStage.Lost,
            Deal = new DealOutcome(won, e.OccurredAt, e.Amount, e.Reason, e.EventId),
        };
    }

    private void Anomaly(LeadEvent e, string message) => _anomalies.Add(new LeadAnomaly(e.OccurredAt, e.EventId, message));

    /// <summary>Stages move forward only; lost and disqualified are left only by a recycle.</summary>
    private static LifecycleStage Forward(LifecycleStage current, LifecycleStage next) =>
        current is LifecycleStage.Lost or LifecycleStage.Disqualified || current >= next ? current : next;
}
