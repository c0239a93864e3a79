using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Server.Features.Agreements;
using Pactum.Server.Features.Clocks;
using Pactum.Server.Features.Leads;
using Pactum.Server.Features.Routing;
using Pactum.Storage.Leads;

namespace Pactum.Server.Pages.Leads;

/// <summary>One lead: where it stands, its anomalies, its SLA clocks, its status history and the timeline of every event.</summary>
public sealed class ShowModel(LeadStore leads, AgreementCatalog agreements, LeadClocks clocks, ScoreBook scores, NurtureEnrolment nurture) : PageModel
{
    public Lead Lead { get; private set; } = null!;

    public IReadOnlyList<RecordedEvent> Events { get; private set; } = [];

    public IReadOnlyList<LeadClock> Clocks { get; private set; } = [];

    public DateTimeZone TimeZone { get; private set; } = DateTimeZone.Utc;

    /// <summary>The lead's score under the agreement in effect, how it got there and the hand-off verdict.</summary>
    public LeadScoreView? Score { get; private set; }

    /// <summary>The nurture tracks a lead can be enrolled in by hand.</summary>
    public IReadOnlyList<string> Tracks { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Zone { get; set; }

    public IActionResult OnGet(string id)
    {
        id = LeadPath.IdOf(HttpContext, id);
        if (leads.Story(id) is not { } story)
        {
            return NotFound();
        }

        Lead = story.Lead;
        Events = story.Events;
        Clocks = clocks.Of(id, story.Events.Select(r => r.Event));
        TimeZone = (Zone is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(Zone)) ?? agreements.DefaultZone();
        Score = scores.Explain(id);
        Tracks = nurture.Tracks();
        return Page();
    }

    /// <summary>Sales enrols the lead in a nurture track by hand (SPEC L6).</summary>
    public IActionResult OnPostNurture(string id, string? track, string? reason)
    {
        id = LeadPath.IdOf(HttpContext, id);
        if (nurture.Enrol(id, track, reason, by: null) is { } problem)
        {
            Problems = [problem];
            return OnGet(id);
        }

        return LocalRedirect(LeadPath.Page(id));
    }

    public string Local(Instant? instant) => instant is { } at ? at.InZone(TimeZone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "—";

    /// <summary><paramref name="instant"/> in <paramref name="zone"/> (a clock's calendar zone).</summary>
    public static string In(Instant? instant, DateTimeZone zone) => instant is { } at ? at.InZone(zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "—";

    /// <summary>The anomaly an event raised, if any.</summary>
    public string? AnomalyOf(string eventId) => Lead.Anomalies.FirstOrDefault(a => a.EventId == eventId)?.Message;
}
