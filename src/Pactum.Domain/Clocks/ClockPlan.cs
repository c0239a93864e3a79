using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Calendars;
using Pactum.Domain.Leads;

namespace Pactum.Domain.Clocks;

/// <summary>
/// The clocks one agreement version puts on every lead, with the calendar they run on (its exclusion windows as
/// closures) and the points of contact who hear of each party's warnings and breaches.
/// </summary>
public sealed record ClockPlan(string AgreementId, int AgreementVersion, string Title, BusinessCalendar Calendar, IReadOnlyList<ClockDefinition> Clocks, IReadOnlyList<Contact> Contacts)
{
    /// <summary>The plan of <paramref name="agreement"/> at <paramref name="version"/>; null when it declares no clocks (or has no calendar).</summary>
    public static ClockPlan? Of(Agreement agreement, int version) =>
        agreement.Clocks.Count > 0 && agreement.CalendarWithExclusions() is { } calendar
            ? new ClockPlan(agreement.Id, version, agreement.Title, calendar, agreement.Clocks, agreement.Contacts)
            : null;

    /// <summary>Every run of every clock of the plan on lead <paramref name="leadId"/>, clock by clock (<see cref="ClockProjection"/>).</summary>
    public IEnumerable<(ClockDefinition Clock, ClockRun Run)> RunsOn(string leadId, IReadOnlyList<LeadEvent> events, Instant now) =>
        Clocks.SelectMany(clock => ClockProjection.Of(clock, Calendar, AgreementVersion, leadId, events, now).Select(run => (clock, run)));

    /// <summary>The clock with id <paramref name="clockId"/>, or null.</summary>
    public ClockDefinition? Find(string clockId) => Clocks.FirstOrDefault(c => c.Id == clockId);

    /// <summary>The e-mail addresses of the points of contact of <paramref name="party"/>, in file order.</summary>
    public IReadOnlyList<string> EmailsOf(string party) => Contact.EmailsOf(Contacts, party);
}
