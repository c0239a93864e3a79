using NodaTime;
using Pactum.Domain.Leads;

namespace Pactum.Storage.Leads;

/// <summary>
/// Which leads a list shows: any of the filters may be left out. <see cref="HandedOffFrom"/> and
/// <see cref="HandedOffTo"/> bound a hand-off, half-open [from, to) — a month in the agreement's zone: a lead handed
/// off in it (for the first time or again) is listed.
/// </summary>
public sealed record LeadQuery
{
    public LeadStatus? Status { get; init; }

    public string? Owner { get; init; }

    public string? Source { get; init; }

    public string? Persona { get; init; }

    public Instant? HandedOffFrom { get; init; }

    public Instant? HandedOffTo { get; init; }

    /// <summary>Only leads with anomalies.</summary>
    public bool AnomaliesOnly { get; init; }

    /// <summary>How many leads to skip (paging).</summary>
    public int Skip { get; init; }

    /// <summary>How many leads at most (1–1,000).</summary>
    public int Take { get; init; } = 100;
}

/// <summary>A page of a lead list: the leads and how many match in all.</summary>
public sealed record LeadPage(IReadOnlyList<LeadSummary> Leads, long Total);

/// <summary>The values the lead list can be filtered by, as found in the projections.</summary>
public sealed record LeadFilterValues(IReadOnlyList<string> Owners, IReadOnlyList<string> Sources, IReadOnlyList<string> Personas);

/// <summary>A lead and its events, in projection order (occurred-at, then event ID).</summary>
public sealed record LeadStory(Lead Lead, IReadOnlyList<RecordedEvent> Events);
