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

    /// <summary>The row's events; the row is rejected when one of them breaks a bound (<see cref="LeadEventLimits"/>).</summary>
    public static RowMapping Of(params IReadOnlyList<LeadEvent> events) => Checked(events, null);

    /// <summary>
    /// The row's events and the facts dated by a snapshot; rejected with every broken bound when an event breaks one
    /// (<see cref="LeadEventLimits"/>). Every mapper makes its mapping here, so no way in stores an event out of bounds.
    /// </summary>
    public static RowMapping Checked(IReadOnlyList<LeadEvent> events, IReadOnlyCollection<string>? snapshotFacts)
    {
        foreach (var e in events)
        {
            if (LeadEventLimits.Problems(e) is { } problems)
            {
                return Rejected(problems);
            }
        }

        return new(events, null, snapshotFacts);
    }

    /// <summary>The row is rejected for <paramref name="error"/> (say which column and what was expected).</summary>
    public static RowMapping Rejected(string error) => new([], error);
}
