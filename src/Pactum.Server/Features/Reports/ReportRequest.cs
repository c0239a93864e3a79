using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Reports;
using Pactum.Domain.Time;
using Pactum.Server.Features.Agreements;
using Pactum.Storage.Reports;

namespace Pactum.Server.Features.Reports;

/// <summary>
/// What a report request names, read the same way by the API and the pages: the agreement (<c>agreement</c>, else the
/// first with a calendar), the month (<c>month</c>, else this month), the zone (<c>zone</c>, else the agreement's, else
/// UTC) and the owner, source and persona filters. <see cref="Errors"/> says what was wrong, one line per parameter.
/// </summary>
public sealed record ReportRequest(LoadedAgreement? Agreement, MonthSpan Month, ReportGoals Goals, ReportFilter Filter, IReadOnlyList<string> Errors)
{
    public static ReportRequest Read(AgreementCatalog catalog, IClock clock, string? agreement, string? month, string? zone, string? owner = null, string? source = null, string? persona = null)
    {
        var errors = new List<string>();
        var agreements = catalog.LatestParsed().ToList();
        var chosen = agreement is null
            ? agreements.FirstOrDefault(a => a.Agreement.Calendar is not null) ?? agreements.FirstOrDefault()
            : agreements.FirstOrDefault(a => a.Stored.Id == agreement);
        if (agreement is not null && chosen is null)
        {
            errors.Add($"agreement: no agreement '{agreement}'{(agreements.Count == 0 ? "" : $"; there are: {string.Join(", ", agreements.Select(a => a.Stored.Id))}")}");
        }

        var timeZone = string.IsNullOrWhiteSpace(zone) ? chosen?.Agreement.Calendar?.Zone ?? DateTimeZone.Utc : TimeZoneText.ParseField("zone", zone, errors);
        var span = new MonthSpan(clock.GetCurrentInstant().InZone(timeZone).Date.ToYearMonth(), timeZone);
        if (!string.IsNullOrWhiteSpace(month) && !MonthSpan.TryParse(month, timeZone, out span, out var error))
        {
            errors.Add($"month: {error}");
        }

        var goals = chosen is null ? ReportGoals.None : ReportGoals.Of(chosen.Agreement);
        return new ReportRequest(chosen, span, goals, new ReportFilter(Blank(owner), Blank(source), Blank(persona)), errors);
    }

    /// <summary>The agreement itself, when one was found.</summary>
    public Agreement? Terms => Agreement?.Agreement;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
