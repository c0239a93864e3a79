using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pactum.Domain.Compliance;
using Pactum.Server.Features.Agreements;
using Pactum.Server.Features.Compliance;

namespace Pactum.Server.Pages.Agreements;

/// <summary>
/// The chain of an agreement end to end (SPEC A1): marketing → sales → service, each hand-over's goals with this
/// period's standing and last period's verdict, and the first link where the chain is breaking. The running period is
/// judged live; finished periods come from the stored verdicts.
/// </summary>
public sealed class ChainModel(AgreementCatalog catalog, ComplianceService compliance) : PageModel
{
    public LoadedAgreement Loaded { get; private set; } = null!;

    public IReadOnlyList<ChainLink> Links { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        if (catalog.Find(id) is not { } loaded)
        {
            return NotFound();
        }

        Loaded = loaded;
        Links = ChainLink.Of(loaded.Agreement, compliance.Current(loaded));
        return Page();
    }
}
