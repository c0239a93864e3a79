using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pactum.Domain.Limits;
using Pactum.Server.Features.Agreements;
using Pactum.Server.Features.Compliance;
using Pactum.Storage.Compliance;

namespace Pactum.Server.Pages.Agreements;

/// <summary>Where an agreement stands (SPEC P1–P3, G6): verdicts, strikes, remediation notes, flags, replays, availability.</summary>
public sealed class ComplianceModel(
    AgreementCatalog catalog, ComplianceService compliance, ConsequenceStore consequences) : PageModel
{
    public ComplianceView View { get; private set; } = null!;

    /// <summary>What the last replay changed, shown after it.</summary>
    [TempData]
    public string? Replayed { get; set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [BindProperty]
    public RemediationForm Note { get; set; } = new();

    public IActionResult OnGet(string id) => Show(id);

    public IActionResult OnPostEvaluate(string id) =>
        compliance.Evaluate(id) is null ? NotFound() : RedirectToPage(new { id });

    public IActionResult OnPostReplay(string id, string? by)
    {
        if (InputLimits.Problem("by", by, InputLimits.MaxIdLength) is { } tooLong)
        {
            Problems = [tooLong];
            return Show(id);
        }

        if (compliance.Replay(id, string.IsNullOrWhiteSpace(by) ? "web" : by.Trim()) is not { } outcome)
        {
            return NotFound();
        }

        Replayed = outcome.Changes.Count == 0 ? "" : string.Join("\n", outcome.Changes.Select(c => c.Describe()));
        return RedirectToPage(new { id });
    }

    public IActionResult OnPostRemediation(string id)
    {
        if (catalog.Find(id) is not { } loaded)
        {
            return NotFound();
        }

        var (note, problems) = new RemediationInput(Note.GoalId, Note.PeriodFrom, Note.DiagnosedBy, Note.Action, Note.Due, Note.RecordedBy).Validate(loaded.Agreement);
        if (note is null)
        {
            Problems = problems;
            return Show(id);
        }

        consequences.AddRemediation(id, note.GoalId, note.PeriodFrom, note.DiagnosedBy, note.Action, note.Due, note.RecordedBy);
        return RedirectToPage(new { id });
    }

    private IActionResult Show(string id)
    {
        if (catalog.Find(id) is not { } loaded)
        {
            return NotFound();
        }

        View = compliance.View(loaded);
        return Page();
    }

    /// <summary>The remediation form's fields.</summary>
    public sealed class RemediationForm
    {
        public string? GoalId { get; set; }
        public string? PeriodFrom { get; set; }
        public string? DiagnosedBy { get; set; }
        public string? Action { get; set; }
        public string? Due { get; set; }
        public string? RecordedBy { get; set; }
    }
}
