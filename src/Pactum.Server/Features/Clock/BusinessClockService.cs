using NodaTime;
using Pactum.Domain.Calendars;
using Pactum.Domain.Time;
using Pactum.Server.Features.Agreements;

namespace Pactum.Server.Features.Clock;

/// <summary>
/// Answers business-clock questions for the page and the API: which calendar (an agreement's, or a calendar file's
/// text), then the due instant or the elapsed business minutes. Every bad input comes back as a list of messages.
/// </summary>
public sealed class BusinessClockService(AgreementCatalog catalog)
{
    /// <summary>The instant <paramref name="minutes"/> business minutes after <paramref name="start"/>.</summary>
    public ClockAnswer<DueAnswer> Due(CalendarChoice calendar, string? start, decimal? minutes)
    {
        var errors = new List<string>();
        var chosen = Resolve(calendar, errors);
        var from = InstantText.ParseField("start", start, errors);
        var duration = Duration.Zero;
        if (minutes is null)
        {
            errors.Add("minutes: is required");
        }
        else if (!BusinessMinutes.TryToDuration(minutes.Value, out duration, out var error))
        {
            errors.Add($"minutes: {error}");
        }

        if (errors.Count > 0 || chosen is null)
        {
            return ClockAnswer<DueAnswer>.Invalid(errors);
        }

        var due = chosen.Due(from, duration);
        return ClockAnswer<DueAnswer>.Ok(due.IsReachable
            ? new DueAnswer(true, InstantText.Format(due.Instant), InstantText.FormatLocal(due.Instant, chosen.Zone), chosen.Zone.Id)
            : new DueAnswer(false, null, null, chosen.Zone.Id));
    }

    /// <summary>The business minutes between <paramref name="from"/> and <paramref name="to"/> (zero when to is not after from).</summary>
    public ClockAnswer<ElapsedAnswer> Elapsed(CalendarChoice calendar, string? from, string? to)
    {
        var errors = new List<string>();
        var chosen = Resolve(calendar, errors);
        var start = InstantText.ParseField("from", from, errors);
        var end = InstantText.ParseField("to", to, errors);
        if (errors.Count > 0 || chosen is null)
        {
            return ClockAnswer<ElapsedAnswer>.Invalid(errors);
        }

        return ClockAnswer<ElapsedAnswer>.Ok(new ElapsedAnswer(BusinessMinutes.FromDuration(chosen.Elapsed(start, end)), chosen.Zone.Id));
    }

    /// <summary>The chosen calendar, or null with the reasons added to <paramref name="errors"/>.</summary>
    public BusinessCalendar? Resolve(CalendarChoice choice, List<string> errors)
    {
        if (!string.IsNullOrWhiteSpace(choice.AgreementId))
        {
            var loaded = catalog.Find(choice.AgreementId);
            if (loaded is null)
            {
                errors.Add($"agreementId: no agreement '{choice.AgreementId}'");
                return null;
            }

            if (loaded.Agreement.Calendar is null)
            {
                errors.Add($"agreementId: the agreement '{choice.AgreementId}' has no business calendar; give the text of a calendar file");
            }

            return loaded.Agreement.Calendar;
        }

        if (string.IsNullOrWhiteSpace(choice.CalendarYaml))
        {
            errors.Add("calendar: give an agreementId or the text of a calendar file");
            return null;
        }

        var parsed = CalendarFile.Parse(choice.CalendarYaml, "calendar");
        errors.AddRange(parsed.Errors.Select(e => e.ToString()));
        return parsed.Value;
    }
}

/// <summary>Which calendar to use: an agreement's (by id) or the text of a calendar file.</summary>
public sealed record CalendarChoice(string? AgreementId, string? CalendarYaml);

/// <summary>The due instant: in UTC and in the calendar's zone; not reachable when the calendar never opens.</summary>
public sealed record DueAnswer(bool Reachable, string? Due, string? DueLocal, string Zone);

/// <summary>Business minutes elapsed (may be fractional).</summary>
public sealed record ElapsedAnswer(decimal Minutes, string Zone);

/// <summary>An answer, or the reasons there is none.</summary>
public sealed record ClockAnswer<T>(T? Value, IReadOnlyList<string> Errors)
    where T : class
{
    public static ClockAnswer<T> Ok(T value) => new(value, []);

    public static ClockAnswer<T> Invalid(IReadOnlyList<string> errors) => new(null, errors);
}
