using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Domain.Clocks;

namespace Pactum.Storage.Clocks;

/// <summary>
/// Keeps the stored clock runs a projection of the events (DESIGN: the projector runs in the transaction of the
/// append): whoever writes events or agreement versions records the clocks of the leads concerned through
/// <see cref="Begin"/>, commits, then <see cref="ClockRecording.Scheduled"/> hands the new alarms to the sweeper.
/// </summary>
public sealed class ClockProjector(ClockPlans plans, ClockAlarms alarms)
{
    /// <summary>
    /// Starts recording on <paramref name="connection"/> (in its open transaction) as of <paramref name="now"/>; null
    /// when no agreement declares clocks, so that a log without clocks pays nothing.
    /// </summary>
    internal ClockRecording? Begin(SqliteConnection connection, Instant now, string recordedBy)
    {
        var latest = plans.Latest();
        return latest.Count == 0 ? null : new ClockRecording(new ClockRecorder(connection, plans), latest, now, recordedBy, alarms);
    }
}

/// <summary>One recording of clocks in one transaction: <see cref="Record"/> each lead, commit, then <see cref="Scheduled"/>.</summary>
internal sealed class ClockRecording(ClockRecorder recorder, IReadOnlyList<ClockPlan> latest, Instant now, string recordedBy, ClockAlarms alarms) : IDisposable
{
    /// <summary>What moved, for a replay's report.</summary>
    public IReadOnlyList<ClockRunChange> Moved => recorder.Moved;

    /// <summary>Records the clocks of <paramref name="leadId"/>; a replay of agreement <paramref name="replayed"/> judges its closed runs again.</summary>
    public void Record(string leadId, string? replayed = null) => recorder.Record(leadId, latest, now, recordedBy, replayed);

    /// <summary>After the commit: the alarms of the runs left open go to the sweeper's queue.</summary>
    public void Scheduled()
    {
        alarms.Schedule(recorder.Alarms);
        recorder.Alarms.Clear();
    }

    public void Dispose() => recorder.Dispose();
}
