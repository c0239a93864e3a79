using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pactum.Server.Features.Agreements;
using Pactum.Storage.Agreements;

namespace Pactum.Server.Pages.Agreements;

/// <summary>One agreement side by side by party (SPEC A4), printable, with its versions and the YAML export.</summary>
public sealed class ShowModel(AgreementCatalog catalog) : PageModel
{
    public AgreementView View { get; private set; } = null!;

    public IReadOnlyList<StoredAgreement> Versions { get; private set; } = [];

    /// <summary>Set after an upload: "title|version|created".</summary>
    [TempData]
    public string? Stored { get; set; }

    public IActionResult OnGet(string id, int? version)
    {
        var loaded = catalog.Find(id, version);
        if (loaded is null)
        {
            return NotFound();
        }

        View = AgreementView.From(loaded);
        Versions = catalog.Versions(id);
        return Page();
    }
}
