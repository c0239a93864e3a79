using NodaTime;
using Pactum.Domain.Clocks;
using Pactum.Domain.Time;

namespace Pactum.Domain.Reports;

/// <summary>
/// How the runs of one clock started in a period ended (SPEC R6: time to accept or reject against its clock): met, met
/// late, breached, still open (running, warning or paused), cancelled or unreachable, the share met on time of those
/// decided (met, met late or breached), and the average business minutes used by the runs that stopped.
/// </summary>
public sealed record ClockOutcomes(
    string ClockId, string Name, string Goal, long Runs, long Met, long MetLate, long Breached, long Open, long Other, decimal? ShareMet, decimal? AverageBusinessMinutes)
{
    /// <summary>The outcomes of <paramref name="runs"/>: each run's state and business time used (stopped runs only count toward the average).</summary>
    public static ClockOutcomes Of(string clockId, string name, string goal, IReadOnlyCollection<(ClockState State, Duration Used, bool Stopped)> runs)
    {
        long Count(params ClockState[] states) => runs.LongCount(r => states.Contains(r.State));
        var met = Count(ClockState.Met);
        var late = Count(ClockState.MetLate);
        var breached = Count(ClockState.Breached);
        var open = Count(ClockState.Running, ClockState.Warning, ClockState.Paused);
        var stopped = runs.Where(r => r.Stopped).Select(r => BusinessMinutes.FromDuration(r.Used)).ToList();
        return new ClockOutcomes(clockId, name, goal, runs.Count, met, late, breached, open, runs.Count - met - late - breached - open,
            Percentiles.Share(met, met + late + breached), Percentiles.Average(stopped));
    }
}
