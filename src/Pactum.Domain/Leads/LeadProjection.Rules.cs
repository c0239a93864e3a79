using NodaTime;

namespace Pactum.Domain.Leads;

/// <summary>The rules of <see cref="LeadProjection"/>: what each event type does to the lead.</summary>
public sealed partial class LeadProjection
{
    private void Fold(LeadEvent e)
    {
        switch (e.Type)
        {
            case LeadEventType.LeadCreated:
                Created(e);
                break;
            case LeadEventType.Mql:
                _stage = Forward(_stage, LifecycleStage.Mql);
                _mqlAt ??= e.OccurredAt;
                break;
            case LeadEventType.Sql:
                _stage = Forward(_stage, LifecycleStage.Sql);
                _sqlAt ??= e.OccurredAt;
                break;
            case LeadEventType.HandedOff:
                _handOffs.Add(new LeadHandOff(e.OccurredAt, null));
                _status = LeadStatus.Open;
                _stage = Forward(_stage, LifecycleStage.Mql);
                _decision = null;
                break;
            case LeadEventType.Accepted:
                Decided(e, accepted: true);
                break;
            case LeadEventType.Rejected:
                Decided(e, accepted: false);
                _status = LeadStatus.Disqualified;
                break;
            case LeadEventType.Attempt:
                _attempts?.Add(new ContactAttempt(e.OccurredAt, e.Channel, e.Outcome, e.Owner, e.EventId));
                _attemptCount++;
                Attempted(e.OccurredAt);
                SalesStep(e, "attempt");
                _status = _status is LeadStatus.New or LeadStatus.Open or LeadStatus.Recycled ? LeadStatus.InProgress : _status;
                break;
            case LeadEventType.Connected:
                SalesStep(e, "connected");
                _status = LeadStatus.Connected;
                _connectedAt ??= e.OccurredAt;
                break;
            case LeadEventType.Qualified:
                SalesStep(e, "qualified");
                _status = LeadStatus.Qualified;
                _stage = Forward(_stage, LifecycleStage.Sql);
                break;
            case LeadEventType.Unqualifiable:
                SalesStep(e, "unqualifiable");
                _status = LeadStatus.UnableToQualify;
                break;
            case LeadEventType.Disqualified:
                _status = LeadStatus.Disqualified;
                _stage = LifecycleStage.Disqualified;
                _disqualifiedBecause = e.Reason;
                break;
            case LeadEventType.Recycled:
                _status = LeadStatus.Recycled;
                _stage = LifecycleStage.Lead;
                _recycle = new Recycle(e.OccurredAt, e.Reason, e.Track, e.EventId);
                _nurtureTrack = e.Track ?? _nurtureTrack;
                break;
            case LeadEventType.Nurtured:
                _status = LeadStatus.Recycled;
                _nurtureTrack = e.Track ?? _nurtureTrack;
                break;
            case LeadEventType.Opportunity:
                _stage = Forward(_stage, LifecycleStage.Opportunity);
                break;
            case LeadEventType.DealWon:
                Closed(e, won: true);
                break;
            case LeadEventType.DealLost:
                Closed(e, won: false);
                break;
            case LeadEventType.Assigned:
                SalesStep(e, "assigned");
                break;
            case LeadEventType.Engaged:
            case LeadEventType.ProfileUpdated:
                break; // scoring reads these (Scoring.LeadScorer); they do not move the lead's stage or status
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.Type, "Unknown event type.");
        }
    }

    private void Created(LeadEvent e)
    {
        if (_createdAt is not null)
        {
            Anomaly(e, "lead_created again: the lead already exists");
            return;
        }

        _createdAt = e.OccurredAt;
        _stage = Forward(_stage, LifecycleStage.Lead);
    }

    // The hand-offs still waiting for their first attempt (those after the last one) get this one.
    private void Attempted(Instant at)
    {
        for (var i = _handOffs.Count - 1; i >= 0 && _handOffs[i].FirstAttempt is null; i--)
        {
            _handOffs[i] = _handOffs[i] with { FirstAttempt = at };
        }
    }

    private void Decided(LeadEvent e, bool accepted)
    {
        if (_handOffs.Count == 0)
        {
            Anomaly(e, $"{e.Type.ToText()} on a lead never handed off");
        }

        _decision = new HandOffDecision(accepted, e.OccurredAt, e.Reason, e.EventId);
    }

    private void SalesStep(LeadEvent e, string what)
    {
        if (_handOffs.Count == 0)
        {
            Anomaly(e, $"{what} on a lead never handed off");
        }
    }

    private void Closed(LeadEvent e, bool won)
    {
        if (_deal is { } deal)
        {
            Anomaly(e, $"{e.Type.ToText()} after the deal was already {(deal.Won ? "won" : "lost")} on {deal.At}");
            return;
        }

        _stage = won ? LifecycleStage.Customer : LifecycleStage.Lost;
        _deal = new DealOutcome(won, e.OccurredAt, e.Amount, e.Reason, e.EventId);
    }

    private void Anomaly(LeadEvent e, string message)
    {
        _anomalyCount++;
        _anomalies?.Add(new LeadAnomaly(e.OccurredAt, e.EventId, message));
    }

    /// <summary>Stages move forward only; lost and disqualified are left only by a recycle.</summary>
    private static LifecycleStage Forward(LifecycleStage current, LifecycleStage next) =>
        current is LifecycleStage.Lost or LifecycleStage.Disqualified || current >= next ? current : next;
}
