using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using NodaTime.Text;
using Pactum.Domain.Time;
using Pactum.Server.Features.Agreements;
using Pactum.Server.Features.Clock;
using Pactum.Storage.Agreements;

namespace Pactum.Server.Pages;

/// <summary>The business-clock tool: pick a calendar, a local start and business minutes; see the due instant.</summary>
public sealed class ClockModel(AgreementCatalog catalog, BusinessClockService clock, IClock now) : PageModel
{
    private static readonly LocalDateTimePattern LocalInput = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    public const string ExampleCalendar = """
        timeZone: America/New_York
        hours:
          monday: ["09:00-12:00", "13:00-17:00"]
          tuesday: ["09:00-17:00"]
          wednesday: ["09:00-17:00"]
          thursday: ["09:00-17:00"]
          friday: ["09:00-17:00"]
        holidays: [2026-12-25, 2027-01-01]
        """;

    [BindProperty(SupportsGet = true)]
    public string? AgreementId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Calendar { get; set; }

    /// <summary>The start as local date and time in the calendar's zone (the form's datetime-local value).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Start { get; set; }

    [BindProperty(SupportsGet = true)]
    public decimal? Minutes { get; set; }

    public IReadOnlyList<StoredAgreement> Agreements { get; private set; } = [];

    public DueAnswer? Answer { get; private set; }

    public string? StartInstant { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
        Agreements = catalog.Latest();
        var asked = Minutes is not null || Start is not null;
        AgreementId ??= Calendar is null ? Agreements.FirstOrDefault()?.Id : null;
        Calendar ??= ExampleCalendar;
        Minutes ??= 60;
        if (!asked)
        {
            return;
        }

        var errors = new List<string>();
        var choice = new CalendarChoice(string.IsNullOrEmpty(AgreementId) ? null : AgreementId, Calendar);
        var calendar = clock.Resolve(choice, errors);
        var local = LocalInput.Parse(Start ?? "");
        if (!local.Success)
        {
            errors.Add("start: pick a date and time");
        }

        if (errors.Count > 0 || calendar is null)
        {
            Errors = errors;
            return;
        }

        StartInstant = InstantText.Format(local.Value.InZoneLeniently(calendar.Zone).ToInstant());
        var answer = clock.Due(choice, StartInstant, Minutes);
        Answer = answer.Value;
        Errors = answer.Errors;
    }

    public string DefaultStart() => Start ?? LocalInput.Format(now.GetCurrentInstant().InUtc().LocalDateTime);
}
