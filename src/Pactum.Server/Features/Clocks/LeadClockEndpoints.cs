using Microsoft.AspNetCore.Http.HttpResults;
using Pactum.Domain.Clocks;
using Pactum.Domain.Leads;
using Pactum.Domain.Time;
using Pactum.Server.Features.Leads;
using Pactum.Storage.Leads;

namespace Pactum.Server.Features.Clocks;

/// <summary>The SLA clocks on a lead, through the API.</summary>
internal static class LeadClockEndpoints
{
    public static void MapLeadClockEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/leads/{id}/clocks", Results<Ok<IReadOnlyList<LeadClockLine>>, NotFound> (string id, HttpContext context, LeadStore leads, LeadClocks clocks) =>
            leads.Story(LeadPath.IdOf(context, id)) is { } story
                ? TypedResults.Ok<IReadOnlyList<LeadClockLine>>(clocks.Of(story.Lead.LeadId, story.Events.Select(r => r.Event)).Select(LeadClockLine.From).ToList())
                : TypedResults.NotFound())
            .WithTags("Leads")
            .WithSummary("The SLA clocks on one lead: each run of each agreement's clock with its state, deadline, warning, business time elapsed and history.")
            .WithDescription(LeadPath.Addressing);
    }
}

/// <summary>
/// One run of a clock on a lead. Instants are ISO-8601 UTC; <c>state</c> is running, paused, warning, breached, met,
/// met_late, cancelled or unreachable; minutes are business minutes elapsed and wall-clock minutes paused.
/// </summary>
public sealed record LeadClockLine(
    string AgreementId, int AgreementVersion, string ClockId, string Name, string Party, int Run, string State, string CalendarZone,
    string StartedAt, string? Due, string? WarnAt, string? StoppedAt, decimal ElapsedMinutes, decimal PausedMinutes, IReadOnlyList<ClockChangeLine> History)
{
    public static LeadClockLine From(LeadClock c) => new(
        c.AgreementId, c.Run.AgreementVersion, c.Clock.Id, c.Clock.Name, c.Clock.Party, c.Run.Run, ClockStates.ToText(c.Run.State), c.Run.CalendarZone,
        InstantText.Format(c.Run.StartedAt), Text(c.Run.Due), Text(c.Run.WarnAt), Text(c.Run.StoppedAt),
        (decimal)c.Run.Elapsed.TotalMinutes, (decimal)c.Run.PausedFor.TotalMinutes,
        c.Recorded.Select(h => new ClockChangeLine(
            InstantText.Format(h.Change.At), ClockStates.ToText(h.Change.State), h.Change.EventId, h.Change.Cause?.ToText(), InstantText.Format(h.RecordedAt), h.RecordedBy, h.AgreementVersion)).ToList());

    private static string? Text(NodaTime.Instant? instant) => instant is { } at ? InstantText.Format(at) : null;
}

/// <summary>
/// One change of a clock's state, as recorded (append-only): when it happened, the state entered, the event that caused
/// it (none for a warning or breach), when Pactum recorded it, by what (events, sweeper, agreement, replay), and under
/// which agreement version.
/// </summary>
public sealed record ClockChangeLine(string At, string State, string? EventId, string? Cause, string RecordedAt, string RecordedBy, int AgreementVersion);
