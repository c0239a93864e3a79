namespace Pactum.Domain.Leads.Import;

/// <summary>
/// What one CSV row becomes: the events it implies (a generic row is one event; a CRM snapshot row may imply several),
/// or the reason it is rejected. A rejected row contributes no event at all.
/// </summary>
/// <param name="Events">The events, in the order the row implies them.</param>
/// <param name="Error">Why the row is rejected, or null.</param>
/// <param name="SnapshotFacts">
/// The IDs of events dated by the export's snapshot instant rather than by a cell (a CRM status has no date). Seeing
/// such a fact again in a later snapshot (the same content at a later instant) is the same fact, not a conflict.
/// </param>
public sealed record RowMapping(IReadOnlyList<LeadEvent> Events, string? Error, IReadOnlyCollection<string>? SnapshotFacts = null)
{
    /// <summary>True when the row was rejected.</summary>
    public bool IsRejected => Error is not null;

    /// <summary>The row's events.</summary>
    public static RowMapping Of(params IReadOnlyList<LeadEvent> events) => new(events, null);

    /// <summary>The row is rejected for <paramref name="error"/> (say which column and what was expected).</summary>
    public static RowMapping Rejected(string error) => new([], error);
}
