using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pactum.Domain.Compliance;
using Pactum.Server.Features.Agreements;
using Pactum.Server.Features.Compliance;
using Pactum.Storage.Compliance;

namespace Pactum.Server.Pages.Agreements;

/// <summary>
/// The chain of an agreement end to end (SPEC A1): marketing → sales → service, each hand-over's goals with this
/// period's standing and last period's verdict, and the first link where the chain is breaking. The running period is
/// judged live; finished periods come from the stored verdicts.
/// </summary>
public sealed class ChainModel(AgreementCatalog catalog, ComplianceService compliance, VerdictStore verdicts) : PageModel
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
        var stored = verdicts.Verdicts(id).Select(v => v.Verdict).Where(v => v.IsFinal);
        var live = compliance.Judge(loaded);
        var finals = stored.Concat(live.Where(v => v.IsFinal)).DistinctBy(v => (v.GoalId, v.Period)).ToList();
        Links = ChainLink.Of(loaded.Agreement, finals.Concat(live.Where(v => !v.IsFinal)).ToList());
        return Page();
    }
}
