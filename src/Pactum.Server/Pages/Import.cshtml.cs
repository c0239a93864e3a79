using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pactum.Domain.Leads.Import;
using Pactum.Server.Features.Leads;

namespace Pactum.Server.Pages;

/// <summary>
/// Import a CSV file of lead events (generic columns, HubSpot contacts, Salesforce leads): the totals taken, skipped
/// as duplicates and rejected, and every rejected row with its line and reason.
/// </summary>
[RequestSizeLimit(CsvUpload.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = CsvUpload.MaxBytes)]
public sealed class ImportModel(EventImports imports) : PageModel
{
    [BindProperty]
    public string? Format { get; set; }

    [BindProperty]
    public string? Zone { get; set; }

    [BindProperty]
    public string? DateFormat { get; set; }

    [BindProperty]
    public string? SnapshotAt { get; set; }

    public ImportAnswer? Answer { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var upload = await CsvUpload.ReadAsync(Request);
        if (upload.Error is { } error)
        {
            Errors = [error];
            return Page();
        }

        Answer = imports.Import(upload.Text!, upload.FileName, new ImportSettings(Format, Zone, DateFormat, SnapshotAt));
        Errors = Answer.Refusal;
        return Page();
    }
}
