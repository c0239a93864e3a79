using Pactum.Domain.Leads;

namespace Pactum.Storage.Leads;

/// <summary>
/// The leads an import projected lately, kept in memory so the next chunk can continue them without replaying their
/// events. An entry is used only while the stored lead still ends with the same event (another writer may have added
/// events since); the cache keeps the most recently active leads up to <see cref="Capacity"/>.
/// </summary>
internal sealed class LeadCache
{
    /// <summary>The most leads kept (a few months of a busy team's active leads).</summary>
    public const int Capacity = 30_000;

    private readonly Dictionary<string, Lead> _leads = new(StringComparer.Ordinal);

    /// <summary>The cached lead when it is the stored one: same event count and last event.</summary>
    public Lead? Find(string leadId, int eventCount, string lastEventId) =>
        _leads.TryGetValue(leadId, out var lead) && lead.EventCount == eventCount && string.Equals(lead.LastEventId, lastEventId, StringComparison.Ordinal)
            ? lead
            : null;

    /// <summary>The lead last kept under <paramref name="leadId"/>, whatever is stored now (check before relying on it).</summary>
    public Lead? Latest(string leadId) => _leads.GetValueOrDefault(leadId);

    /// <summary>Keeps <paramref name="lead"/>; past the capacity, the half least recently active is dropped.</summary>
    public void Keep(Lead lead)
    {
        _leads[lead.LeadId] = lead;
        if (_leads.Count > Capacity)
        {
            foreach (var stale in _leads.Values.OrderBy(l => l.LastOccurredAt).Take(Capacity / 2).Select(l => l.LeadId).ToList())
            {
                _leads.Remove(stale);
            }
        }
    }
}
