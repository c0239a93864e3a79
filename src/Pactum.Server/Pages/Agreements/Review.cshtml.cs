using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Pactum.Domain.Compliance;
using Pactum.Domain.Reports;
using Pactum.Domain.Time;
using Pactum.Server.Features.Agreements;
using Pactum.Server.Features.Compliance;
using Pactum.Storage.Compliance;
using Pactum.Storage.Reports;

namespace Pactum.Server.Pages.Agreements;

/// <summary>
/// The review pack (SPEC P4), printable: since the last review, every goal's verdicts, where each stands now, the
/// misses and strikes, the remediation notes, and the calculator inputs recomputed from each month with the goal they
/// imply; the review dates ahead, downloadable as an iCalendar file.
/// </summary>
public sealed class ReviewModel(AgreementCatalog catalog, ComplianceService compliance, ReportBook reports, IClock clock) : PageModel
{
    public ComplianceView View { get; private set; } = null!;

    public LocalDate Since { get; private set; }

    public ReviewDate? Last { get; private set; }

    public IReadOnlyList<ReviewDate> Upcoming { get; private set; } = [];

    public IReadOnlyList<VerdictRow> Judged { get; private set; } = [];

    public IReadOnlyList<VerdictRow> Now { get; private set; } = [];

    public IReadOnlyList<StoredStrike> Strikes { get; private set; } = [];

    public MetricsSheet? Metrics { get; private set; }

    public IActionResult OnGet(string id)
    {
        if (catalog.Find(id) is not { } loaded)
        {
            return NotFound();
        }

        var agreement = loaded.Agreement;
        var zone = agreement.Calendar?.Zone ?? DateTimeZone.Utc;
        var today = clock.GetCurrentInstant().InZone(zone).Date;
        View = compliance.View(loaded);
        Last = ReviewSchedule.LastBefore(agreement, today);
        Since = Last?.Day ?? agreement.Term.Starts;
        Upcoming = ReviewSchedule.Of(agreement).Where(d => d.Day >= today).Take(6).ToList();
        // A period that ended on the eve of the last review was judged at it (e.g. October at the 1 November meeting),
        // so the pack shows it with what came after.
        Judged = View.Verdicts.Where(v => v.IsFinal && v.To >= Since.PlusDays(-1)).ToList();
        Now = View.Verdicts.Where(v => !v.IsFinal).ToList();
        Strikes = View.Strikes.Where(s => s.Strike.Period.To >= Since.PlusDays(-1)).ToList();
        var lastMonth = today.ToYearMonth().PlusMonths(-1);
        var months = Math.Clamp(((lastMonth.Year - Since.Year) * 12) + lastMonth.Month - Since.Month + 1, 1, 12);
        Metrics = reports.Metrics(new MonthSpan(lastMonth, zone), months, ReportGoals.Of(agreement).Agreed);
        return Page();
    }
}
