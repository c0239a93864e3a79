using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pactum.Domain.Agreements;
using Pactum.Server.Features.Agreements;
using Pactum.Server.Features.Routing;

namespace Pactum.Server.Pages.Agreements;

/// <summary>
/// An agreement's scoring, hand-off, assignment and recycling rules in plain words (SPEC L4–L6), and a threshold to
/// try: the leads in marketing it would hand off are listed before it is proposed as the next version (SPEC A5).
/// </summary>
public sealed class ScoringModel(AgreementCatalog catalog, ScoreBook book) : PageModel
{
    public string Id { get; private set; } = "";

    public LoadedAgreement Loaded { get; private set; } = null!;

    public Agreement Agreement => Loaded.Agreement;

    public HandOffPreview? Preview { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [BindProperty]
    public decimal? Threshold { get; set; }

    [BindProperty]
    public string? ProposedBy { get; set; }

    public IActionResult OnGet(string id) => Show(id);

    public IActionResult OnPostPreview(string id)
    {
        if (!Load(id))
        {
            return NotFound();
        }

        (Preview, var problem) = book.PreviewThreshold(Loaded, Threshold);
        Problems = problem is null ? [] : [problem];
        return Page();
    }

    public IActionResult OnPostPropose(string id)
    {
        if (!Load(id))
        {
            return NotFound();
        }

        if (ScoreBook.ThresholdProblem(Agreement, Threshold) is { } problem)
        {
            Problems = [problem];
            return Page();
        }

        var next = catalog.Versions(id).Max(v => v.Version) + 1;
        var yaml = HandOffThresholdEdit.Apply(Loaded.Stored.Yaml, Threshold!.Value, next);
        var upload = catalog.Propose(id, yaml, string.IsNullOrWhiteSpace(ProposedBy) ? "web" : ProposedBy.Trim(), null);
        if (upload.Stored is null)
        {
            Problems = upload.Errors.Select(e => e.ToString()).ToList();
            return Page();
        }

        return Redirect($"/agreements/{id}/versions?version={upload.Stored.Version}");
    }

    private IActionResult Show(string id) => Load(id) ? Page() : NotFound();

    private bool Load(string id)
    {
        Id = id;
        if (catalog.Find(id) is not { } loaded)
        {
            return false;
        }

        Loaded = loaded;
        Threshold ??= loaded.Agreement.HandOff?.Threshold;
        return true;
    }
}
