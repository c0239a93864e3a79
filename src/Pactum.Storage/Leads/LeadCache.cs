using Pactum.Domain.Leads;

namespace Pactum.Storage.Leads;

/// <summary>
/// The summary projections of the leads an import stored lately, kept in memory so the next chunk can continue them
/// without replaying their events. An entry is what this writer last stored; before continuing one, the writer checks
/// that the stored lead still ends with the same event (another writer may have added events since). The cache keeps
/// the most recently active leads up to <see cref="Capacity"/>.
/// </summary>
internal sealed class LeadCache
{
    /// <summary>The most leads kept (a few months of a busy team's active leads).</summary>
    public const int Capacity = 30_000;

    private readonly Dictionary<string, LeadProjection> _leads = new(StringComparer.Ordinal);

    /// <summary>The projection last kept for <paramref name="leadId"/>, or null.</summary>
    public LeadProjection? Latest(string leadId) => _leads.GetValueOrDefault(leadId);

    /// <summary>Keeps <paramref name="lead"/>; past the capacity, the half least recently active is dropped.</summary>
    public void Keep(LeadProjection lead)
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
