using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Domain.Reports;

namespace Pactum.Storage.Leads;

/// <summary>
/// The leads a writer works on, kept in memory so that each taken event is applied at once and the next chunk of an
/// import continues a lead without replaying its events: per lead, its summary projection, the event count of the row
/// this writer last stored for it, and the rowids of the events taken since. <see cref="Apply"/> takes an event; the
/// writer saves <see cref="Touched"/> and then calls <see cref="Saved"/>. The cache keeps the most recently active
/// leads up to <see cref="Capacity"/>.
/// </summary>
/// <remarks>
/// The rowids taken since the last save live in two arrays shared by all leads (a linked list per lead), so that a
/// lead costs two small objects however many events it is given: a large import keeps tens of thousands of leads here.
/// A writer whose transaction fails is discarded with its cache: the projections hold events the rollback undid.
/// </remarks>
internal sealed class LeadCache
{
    /// <summary>The most leads kept (a few months of a busy team's active leads).</summary>
    public const int Capacity = 30_000;

    private const int None = -1;

    private readonly Dictionary<string, CachedLead> _leads = new(StringComparer.Ordinal);
    private readonly List<CachedLead> _touched = [];
    private long[] _rowIds = new long[1024];
    private int[] _next = new int[1024];
    private int _added;

    /// <summary>The leads given events since the last save.</summary>
    public IReadOnlyList<CachedLead> Touched => _touched;

    /// <summary>
    /// Applies a taken event, stored at <paramref name="rowId"/>, to its lead's projection; an event that sorts before
    /// the lead's last one (a late or out-of-order event) marks the lead for a replay from the log instead.
    /// </summary>
    public void Apply(LeadEvent e, long rowId)
    {
        if (!_leads.TryGetValue(e.LeadId, out var lead))
        {
            _leads[e.LeadId] = lead = new CachedLead(e.LeadId);
        }

        Link(lead, rowId);
        if (lead.Projection is { } projection && projection.CanApply(e))
        {
            projection.Apply(e);
        }
        else
        {
            lead.Projection = null;
        }
    }

    /// <summary>Fills <paramref name="into"/> with the rowids of the events <paramref name="lead"/> was given since the last save, in order.</summary>
    public void AddedTo(CachedLead lead, List<long> into)
    {
        into.Clear();
        for (var i = lead.FirstAdded; i != None; i = _next[i])
        {
            into.Add(_rowIds[i]);
        }
    }

    /// <summary>The touched leads are stored: none is touched any more; past the capacity, the half least recently active is dropped.</summary>
    public void Saved()
    {
        foreach (var lead in _touched)
        {
            lead.FirstAdded = lead.LastAdded = None;
        }

        _touched.Clear();
        _added = 0;
        if (_leads.Count <= Capacity)
        {
            return;
        }

        foreach (var stale in _leads.Values.OrderBy(l => l.LastOccurredAt).Take(Capacity / 2).Select(l => l.LeadId).ToList())
        {
            _leads.Remove(stale);
        }
    }

    private void Link(CachedLead lead, long rowId)
    {
        if (_added == _rowIds.Length)
        {
            Array.Resize(ref _rowIds, _added * 2);
            Array.Resize(ref _next, _added * 2);
        }

        _rowIds[_added] = rowId;
        _next[_added] = None;
        if (lead.LastAdded == None)
        {
            lead.FirstAdded = _added;
            _touched.Add(lead);
        }
        else
        {
            _next[lead.LastAdded] = _added;
        }

        lead.LastAdded = _added++;
    }
}

/// <summary>
/// One lead in a <see cref="LeadCache"/>: its summary projection (null until replayed, after a late event), the event
/// count of the row this writer last stored for it (null: none), and where its rowids added since then are linked.
/// </summary>
internal sealed class CachedLead(string leadId)
{
    public string LeadId { get; } = leadId;

    public LeadProjection? Projection { get; set; } = LeadProjection.Start(leadId, ProjectionDetail.Summary);

    public int? StoredEventCount { get; private set; }

    /// <summary>The follow-up of the row this writer last stored (what it added to the daily aggregates).</summary>
    public LeadFollowUp? StoredFollowUp { get; private set; }

    public int FirstAdded { get; set; } = -1;

    public int LastAdded { get; set; } = -1;

    /// <summary>The instant of the last event applied, for choosing which leads to drop.</summary>
    public Instant LastOccurredAt => Projection?.LastOccurredAt ?? Instant.MinValue;

    /// <summary>Records that <paramref name="projection"/> is stored, with <paramref name="followUp"/>.</summary>
    public void Stored(LeadProjection projection, LeadFollowUp followUp)
    {
        Projection = projection;
        StoredEventCount = projection.EventCount;
        StoredFollowUp = followUp;
    }
}
