using NodaTime;
using Pactum.Domain.Clocks;
using Pactum.Domain.Leads;
using Pactum.Server.Features.Agreements;

namespace Pactum.Server.Features.Clocks;

/// <summary>
/// The SLA clocks on one lead: every clock of the latest version of every agreement that declares clocks, run on that
/// agreement's calendar (with its exclusion windows) over the lead's events, as of now.
/// </summary>
public sealed class LeadClocks(AgreementCatalog agreements, IClock clock)
{
    /// <summary>The runs of every clock on the lead <paramref name="leadId"/> with <paramref name="events"/>, agreement by agreement.</summary>
    public IReadOnlyList<LeadClock> Of(string leadId, IEnumerable<LeadEvent> events)
    {
        var now = clock.GetCurrentInstant();
        var facts = events.ToList();
        var clocks = new List<LeadClock>();
        foreach (var (stored, agreement) in agreements.LatestParsed())
        {
            if (agreement.Clocks.Count == 0 || agreement.CalendarWithExclusions() is not { } calendar)
            {
                continue;
            }

            foreach (var definition in agreement.Clocks)
            {
                clocks.AddRange(ClockProjection.Of(definition, calendar, stored.Version, leadId, facts, now)
                    .Select(run => new LeadClock(stored.Id, agreement.Title, definition, run, calendar.Zone)));
            }
        }

        return clocks;
    }
}

/// <summary>One run of one agreement's clock on a lead, with the zone of the calendar it ran on.</summary>
public sealed record LeadClock(string AgreementId, string AgreementTitle, ClockDefinition Clock, ClockRun Run, DateTimeZone Zone);
