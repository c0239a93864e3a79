using NodaTime;
using Pactum.Domain.Clocks;
using Pactum.Domain.Leads;
using Pactum.Storage.Clocks;

namespace Pactum.Server.Features.Clocks;

/// <summary>
/// The SLA clocks on one lead as stored — state, deadline and the recorded history of every run — with the business
/// time of each open run brought up to now by projecting the lead's events under the latest plans.
/// </summary>
public sealed class LeadClocks(ClockStore store, ClockPlans plans, IClock clock)
{
    /// <summary>The runs of every clock on the lead <paramref name="leadId"/>, whose events are <paramref name="events"/>.</summary>
    public IReadOnlyList<LeadClock> Of(string leadId, IEnumerable<LeadEvent> events)
    {
        var now = clock.GetCurrentInstant();
        var facts = events.ToList();
        var live = new Dictionary<(string, string, int), ClockRun>();
        foreach (var plan in plans.Latest())
        {
            foreach (var (definition, run) in plan.RunsOn(leadId, facts, now))
            {
                live[(plan.AgreementId, definition.Id, run.Run)] = run;
            }
        }

        var clocks = new List<LeadClock>();
        foreach (var stored in store.RunsOf(leadId))
        {
            var plan = plans.At(stored.AgreementId, stored.Run.AgreementVersion);
            if (plan?.Find(stored.Run.ClockId) is not { } definition)
            {
                continue; // a run of a version that no longer exists: not shown
            }

            var run = !stored.Run.IsClosed && live.TryGetValue((stored.AgreementId, definition.Id, stored.Run.Run), out var current)
                ? stored.Run with { Elapsed = current.Elapsed }
                : stored.Run;
            clocks.Add(new LeadClock(stored.AgreementId, plan.Title, definition, run, plan.Calendar.Zone, stored.Recorded));
        }

        return clocks;
    }
}

/// <summary>One run of one agreement's clock on a lead, with the zone of the calendar it ran on and its recorded history.</summary>
public sealed record LeadClock(string AgreementId, string AgreementTitle, ClockDefinition Clock, ClockRun Run, DateTimeZone Zone, IReadOnlyList<RecordedClockChange> Recorded);
