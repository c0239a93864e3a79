using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pactum.Server.Features.Agreements;
using Pactum.Server.Features.Compliance;
using Pactum.Storage.Compliance;

namespace Pactum.Server.Pages.Agreements;

/// <summary>The archive of an agreement's status reports (SPEC R8), newest first; due reports can be generated at once.</summary>
public sealed class StatusReportsModel(AgreementCatalog catalog, StatusReportService service, StatusReportStore archive) : PageModel
{
    public LoadedAgreement Loaded { get; private set; } = null!;

    public IReadOnlyList<ArchivedStatusReport> Reports { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        if (catalog.Find(id) is not { } loaded)
        {
            return NotFound();
        }

        Loaded = loaded;
        Reports = archive.Reports(id);
        return Page();
    }

    public IActionResult OnPost(string id)
    {
        if (catalog.Find(id) is not { } loaded)
        {
            return NotFound();
        }

        service.Generate(loaded.Agreement, loaded.Stored.Version);
        return RedirectToPage(new { id });
    }
}
