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
/// The projection is a mutable accumulator (applying an event allocates only the facts it adds); <see cref="Snapshot"/>
/// gives the immutable <see cref="Lead"/>.
/// </remarks>
public sealed partial class LeadProjection
{
    private readonly string _leadId;

    // The story: kept with ProjectionDetail.Story, null with ProjectionDetail.Summary.
    private readonly List<ContactAttempt>? _attempts;
    private readonly List<LeadChange>? _history;
    private readonly List<LeadAnomaly>? _anomalies;

    // Every hand-off with the first attempt at or after it; those after the last attempt have none yet.
    private readonly List<LeadHandOff> _handOffs = [];
    private int _attemptCount;
    private int _anomalyCount;
    private LifecycleStage _stage;
    private LeadStatus _status;
    private string? _owner;
    private string? _source;
    private string? _asset;
    private string? _persona;
    private decimal? _score;
    private Instant? _createdAt;
    private Instant? _mqlAt;
    private Instant? _sqlAt;
    private HandOffDecision? _decision;
    private Instant? _connectedAt;
    private Recycle? _recycle;
    private string? _nurtureTrack;
    private DealOutcome? _deal;
    private string? _disqualifiedBecause;
    private int _eventCount;
    private Instant _lastOccurredAt;
    private string _lastEventId;

    private LeadProjection(string leadId, ProjectionDetail detail)
    {
        _leadId = leadId;
        if (detail == ProjectionDetail.Story)
        {
            _attempts = [];
            _history = [];
            _anomalies = [];
        }

        _stage = LifecycleStage.Visitor;
        _status = LeadStatus.New;
        _lastEventId = "";
    }

    /// <summary>The lead's ID.</summary>
    public string LeadId => _leadId;

    /// <summary>The last event applied: its instant and ID.</summary>
    public Instant LastOccurredAt => _lastOccurredAt;

    /// <summary>How many events have been applied.</summary>
    public int EventCount => _eventCount;

    /// <summary>The ID of the last event applied ("" before any).</summary>
    public string LastEventId => _lastEventId;

    /// <summary>A new, empty lead, keeping its whole story or only its summary.</summary>
    public static LeadProjection Start(string leadId, ProjectionDetail detail = ProjectionDetail.Story) => new(leadId, detail);

    /// <summary>The lead made by <paramref name="events"/> (all of one lead, in any order).</summary>
    public static Lead Project(string leadId, IEnumerable<LeadEvent> events) => Of(leadId, events, ProjectionDetail.Story).Snapshot();

    /// <summary>The summary made by <paramref name="events"/> (all of one lead, in any order), without the story.</summary>
    public static LeadSummary Summarize(string leadId, IEnumerable<LeadEvent> events) => Of(leadId, events, ProjectionDetail.Summary).Summary();

    /// <summary>
    /// Whether <paramref name="next"/> sorts after every event applied so far, so that it can be applied; otherwise the
    /// lead must be replayed with <see cref="Project"/>.
    /// </summary>
    public bool CanApply(LeadEvent next) => _eventCount == 0 || next.SortsAfter(_lastOccurredAt, _lastEventId);

    /// <summary>
    /// Applies the next event. It must belong to this lead and sort after every event applied so far
    /// (<see cref="CanApply"/>); otherwise the caller must replay the lead with <see cref="Project"/> (calling this out
    /// of order is a bug and throws).
    /// </summary>
    public void Apply(LeadEvent e)
    {
        if (!string.Equals(e.LeadId, _leadId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Event {e.EventId} is about lead {e.LeadId}, not {_leadId}.", nameof(e));
        }

        if (!CanApply(e))
        {
            throw new ArgumentException($"Event {e.EventId} sorts before the last event applied ({_lastEventId}); replay the lead instead.", nameof(e));
        }

        var (status, stage) = (_status, _stage);
        if (_eventCount == 0 && e.Type != LeadEventType.LeadCreated)
        {
            Anomaly(e, $"the lead's history starts with {e.Type.ToText()}, not lead_created");
        }

        Fold(e);
        _persona = e.Persona ?? _persona;
        _score = e.Score ?? _score;
        _source ??= e.Source;
        _asset ??= e.Asset;
        // A hand-off (re)assigns the lead; any other event names an owner only when there is none yet.
        _owner = e.Type is LeadEventType.HandedOff or LeadEventType.Assigned ? e.Owner ?? _owner : _owner ?? e.Owner;
        _eventCount++;
        _lastOccurredAt = e.OccurredAt;
        _lastEventId = e.EventId;
        if (_status != status || _stage != stage)
        {
            _history?.Add(new LeadChange(e.OccurredAt, _status, _stage, e.Type, e.EventId));
        }
    }

    /// <summary>The lead's summary as the events applied so far make it (what lead lists show).</summary>
    public LeadSummary Summary() => new(
        _leadId, _stage, _status, _owner, _source, _persona, _createdAt, FirstHandOff?.At, _anomalyCount, _eventCount, _lastOccurredAt, _lastEventId)
    {
        Milestones = new(_mqlAt, _sqlAt, _asset, FirstHandOff?.FirstAttempt, _attemptCount, _connectedAt, _decision, _recycle, _nurtureTrack, _deal)
        {
            HandOffs = _handOffs.Count == 0 ? LeadHandOffs.None : new LeadHandOffs(_handOffs),
        },
    };

    private LeadHandOff? FirstHandOff => _handOffs.Count == 0 ? null : _handOffs[0];

    /// <summary>The lead as the events applied so far make it, with its story.</summary>
    /// <exception cref="InvalidOperationException">The projection keeps only the summary.</exception>
    public Lead Snapshot() => _attempts is null || _history is null || _anomalies is null
        ? throw new InvalidOperationException($"The projection of lead {_leadId} keeps only its summary; project it with {nameof(ProjectionDetail.Story)} for the whole lead.")
        : new()
    {
        LeadId = _leadId,
        Stage = _stage,
        Status = _status,
        Owner = _owner,
        Source = _source,
        Asset = _asset,
        Persona = _persona,
        Score = _score,
        CreatedAt = _createdAt,
        MqlAt = _mqlAt,
        SqlAt = _sqlAt,
        HandOffs = _handOffs.Select(h => h.At).ToArray(),
        Decision = _decision,
        Attempts = _attempts.ToArray(),
        ConnectedAt = _connectedAt,
        Recycle = _recycle,
        NurtureTrack = _nurtureTrack,
        Deal = _deal,
        DisqualifiedBecause = _disqualifiedBecause,
        History = _history.ToArray(),
        Anomalies = _anomalies.ToArray(),
        EventCount = _eventCount,
        LastOccurredAt = _lastOccurredAt,
        LastEventId = _lastEventId,
    };

    /// <summary>The projection of <paramref name="events"/> (all of one lead, in any order), ready for more events.</summary>
    public static LeadProjection Of(string leadId, IEnumerable<LeadEvent> events, ProjectionDetail detail)
    {
        var projection = Start(leadId, detail);
        var ordered = events.ToList();
        ordered.Sort(LeadEvent.Compare);
        foreach (var e in ordered)
        {
            projection.Apply(e);
        }

        return projection;
    }
}

/// <summary>How much of a lead a <see cref="LeadProjection"/> keeps.</summary>
public enum ProjectionDetail
{
    /// <summary>The whole lead: hand-offs, attempts, history and anomalies as well as its summary.</summary>
    Story,

    /// <summary>Only the summary (what lead lists show), with counts in place of lists: cheap to keep for many leads.</summary>
    Summary,
}
