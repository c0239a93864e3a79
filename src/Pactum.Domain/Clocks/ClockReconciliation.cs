using NodaTime;

namespace Pactum.Domain.Clocks;

/// <summary>
/// How a stored clock run catches up with its projection: the history is append-only, so the changes of the projected
/// run that the stored history lacks (by instant and state) are appended, in order; when the stored history then ends
/// in another state than the projection's — a breach recorded before a late event or a longer goal made it void — the
/// projection's state is appended as of <c>now</c>.
/// </summary>
public static class ClockReconciliation
{
    /// <summary>The changes to append to <paramref name="stored"/> (null: a run not stored yet) for it to become <paramref name="projected"/>.</summary>
    public static IReadOnlyList<ClockChange> ChangesToAppend(IReadOnlyList<ClockChange>? stored, ClockRun projected, Instant now)
    {
        var known = (stored ?? []).Select(c => (c.At, c.State)).ToHashSet();
        var appended = projected.History.Where(c => !known.Contains((c.At, c.State))).ToList();
        var last = appended.Count > 0 ? appended[^1].State : stored is { Count: > 0 } ? stored[^1].State : (ClockState?)null;
        if (last != projected.State)
        {
            appended.Add(new ClockChange(now, projected.State, null, null));
        }

        return appended;
    }

    /// <summary>Whether a run stored as <paramref name="stored"/> differs from <paramref name="projected"/> in anything a row keeps.</summary>
    public static bool Differs(ClockRun stored, ClockRun projected) =>
        stored.State != projected.State || stored.Due != projected.Due || stored.WarnAt != projected.WarnAt
        || stored.StoppedAt != projected.StoppedAt || stored.Elapsed != projected.Elapsed || stored.PausedFor != projected.PausedFor
        || stored.AgreementVersion != projected.AgreementVersion || stored.StartedAt != projected.StartedAt || stored.StartEventId != projected.StartEventId;
}
