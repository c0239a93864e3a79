using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Pactum.Domain.Reports;
using Pactum.Server.Features.Agreements;
using Pactum.Server.Features.Reports;
using Pactum.Storage.Reports;

namespace Pactum.Server.Pages.Reports;

/// <summary>
/// The month's other reports, both sides' (SPEC R4–R7): leads by status, the marketing report by source and asset, the
/// closed loop, and the metrics sheet of the last six months with the recomputed calculator inputs.
/// </summary>
public sealed class IndexModel(AgreementCatalog catalog, ReportBook book, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Agreement { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Zone { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Owner { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Persona { get; set; }

    public ReportRequest Report { get; private set; } = null!;

    public StatusReport Status { get; private set; } = null!;

    public SourceReport Sources { get; private set; } = null!;

    public ClosedLoopReport ClosedLoop { get; private set; } = null!;

    public MetricsSheet Metrics { get; private set; } = null!;

    public void OnGet()
    {
        Report = ReportRequest.Read(catalog, clock, Agreement, Month, Zone, Owner, Source, Persona);
        if (Report.Errors.Count > 0)
        {
            return;
        }

        Status = book.Status(Report.Month, Report.Filter);
        Sources = book.Sources(Report.Month);
        ClosedLoop = book.ClosedLoop(Report.Month, Report.Agreement);
        Metrics = book.Metrics(Report.Month, 6, Report.Goals.Agreed);
    }
}
