using NodaTime;
using Pactum.Domain.Calendars;
using Pactum.Domain.Leads;

namespace Pactum.Domain.Clocks;

/// <summary>
/// The runs of one clock on one lead: a pure function of the clock's definition, the calendar it runs on (the
/// agreement's, with its exclusion windows as closures), the lead's events and "now" (SPEC C2, C3). Late and
/// out-of-order events are placed by their instant, so a late event moves a verdict just by being there.
/// </summary>
/// <remarks>
/// Events after <c>now</c> are not yet facts for the clock. A start event opens a run when none is open; while it is
/// open, a cancel event or a stop event ends it (for the attempts kind, see <see cref="ClockDefinition"/>), a pause
/// event pauses it and a resume event resumes it.
/// </remarks>
public static class ClockProjection
{
    /// <summary>Every run of <paramref name="clock"/> on the lead <paramref name="leadId"/>, oldest first.</summary>
    public static IReadOnlyList<ClockRun> Of(ClockDefinition clock, BusinessCalendar calendar, int agreementVersion, string leadId, IEnumerable<LeadEvent> events, Instant now)
    {
        var ordered = events.Where(e => e.OccurredAt <= now).ToList();
        ordered.Sort(LeadEvent.Compare);
        var runs = new List<ClockRun>();
        ClockTimeline? open = null;
        foreach (var e in ordered)
        {
            if (open is null)
            {
                open = clock.Start.Contains(e.Type) ? new ClockTimeline(clock, calendar, e) : null;
                continue;
            }

            if (open.Take(e))
            {
                runs.Add(open.ToRun(leadId, runs.Count + 1, agreementVersion, now));
                open = null;
            }
        }

        if (open is not null)
        {
            runs.Add(open.ToRun(leadId, runs.Count + 1, agreementVersion, now));
        }

        return runs;
    }
}
