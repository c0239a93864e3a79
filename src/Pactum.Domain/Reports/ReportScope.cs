using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Time;

namespace Pactum.Domain.Reports;

/// <summary>
/// The agreement and month a report is about, read the same way by the command line, the API and the pages: the
/// agreement named, else the first with a calendar, else the first; the zone named, else the agreement's calendar zone,
/// else UTC; the month named (yyyy-MM), else the month of <c>today</c> in that zone.
/// </summary>
public sealed record ReportScope(Agreement? Agreement, MonthSpan Month)
{
    /// <summary>The goals of <see cref="Agreement"/> reports are drawn against (none without an agreement).</summary>
    public ReportGoals Goals => Agreement is null ? ReportGoals.None : ReportGoals.Of(Agreement);

    /// <summary>
    /// Reads the scope from what the user wrote; each problem is added to <paramref name="errors"/> as
    /// <c>{prefix}{field}: reason</c> (prefix <c>--</c> on the command line, none in the API).
    /// </summary>
    public static ReportScope Read(
        IReadOnlyList<Agreement> agreements, string? agreementId, string? month, string? zone, Instant now, ICollection<string> errors, string prefix = "")
    {
        var chosen = string.IsNullOrWhiteSpace(agreementId)
            ? agreements.FirstOrDefault(a => a.Calendar is not null) ?? agreements.FirstOrDefault()
            : agreements.FirstOrDefault(a => a.Id == agreementId.Trim());
        if (!string.IsNullOrWhiteSpace(agreementId) && chosen is null)
        {
            errors.Add($"{prefix}agreement: no agreement '{agreementId}'{(agreements.Count == 0 ? "" : $"; there are: {string.Join(", ", agreements.Select(a => a.Id))}")}");
        }

        var timeZone = string.IsNullOrWhiteSpace(zone) ? chosen?.Calendar?.Zone ?? DateTimeZone.Utc : TimeZoneText.ParseField($"{prefix}zone", zone, errors);
        var span = new MonthSpan(now.InZone(timeZone).Date.ToYearMonth(), timeZone);
        if (!string.IsNullOrWhiteSpace(month) && !MonthSpan.TryParse(month, timeZone, out span, out var error))
        {
            errors.Add($"{prefix}month: {error}");
        }

        return new ReportScope(chosen, span);
    }
}
