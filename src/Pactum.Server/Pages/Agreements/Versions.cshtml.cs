using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Time;
using Pactum.Server.Features.Agreements;
using Pactum.Storage.Agreements;

namespace Pactum.Server.Pages.Agreements;

/// <summary>
/// An agreement's versions (SPEC A5): each with its state (in effect, waiting for sign-off, taking effect on a date,
/// replaced), who signed it off when, its difference from the version before; a form to propose a new version and, for
/// a version waiting, a sign-off per party.
/// </summary>
public sealed class VersionsModel(AgreementCatalog catalog, Pactum.Server.Features.Routing.LeadRouter router, IClock clock) : PageModel
{
    public string Id { get; private set; } = "";

    public IReadOnlyList<StoredAgreement> Versions { get; private set; } = [];

    public StoredAgreement Shown { get; private set; } = null!;

    public Agreement ShownAgreement { get; private set; } = null!;

    public int InEffect { get; private set; }

    public IReadOnlyList<SignOff> ShownSignOffs { get; private set; } = [];

    public IReadOnlyList<DiffLine> Diff { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [BindProperty]
    public string? Yaml { get; set; }

    [BindProperty]
    public string? TakesEffect { get; set; }

    [BindProperty]
    public string? ProposedBy { get; set; }

    public Instant Now => clock.GetCurrentInstant();

    public IActionResult OnGet(string id, int? version) => Show(id, version);

    public IActionResult OnPostPropose(string id)
    {
        LocalDate? takesEffect = null;
        if (!string.IsNullOrWhiteSpace(TakesEffect))
        {
            if (!DateText.TryParse(TakesEffect, out var day, out var error))
            {
                Problems = [$"takesEffect: {error}"];
                return Show(id, null);
            }

            takesEffect = day;
        }

        var upload = catalog.Propose(id, Yaml ?? "", string.IsNullOrWhiteSpace(ProposedBy) ? "web" : ProposedBy.Trim(), takesEffect);
        if (upload.Stored is null)
        {
            Problems = upload.Errors.Select(e => e.ToString()).ToList();
            return Show(id, null);
        }

        return RedirectToPage(new { id, version = upload.Stored.Version });
    }

    public IActionResult OnPostSignOff(string id, int version, string party, string contact)
    {
        if (catalog.SignOff(id, version, party, contact) is { } problem)
        {
            Problems = [problem];
            return Show(id, version);
        }

        router.Sweep(); // a version that took effect routes the leads in marketing under its rules now
        return RedirectToPage(new { id, version });
    }

    private IActionResult Show(string id, int? version)
    {
        Versions = catalog.Versions(id);
        if (Versions.Count == 0)
        {
            return NotFound();
        }

        Id = id;
        InEffect = catalog.Find(id)!.Stored.Version;
        Shown = version is { } v ? Versions.FirstOrDefault(s => s.Version == v) ?? Versions[0] : Versions[0];
        ShownAgreement = catalog.Find(id, Shown.Version)!.Agreement;
        ShownSignOffs = catalog.SignOffs(id, Shown.Version);
        var previous = Versions.FirstOrDefault(s => s.Version < Shown.Version);
        Diff = previous is null ? [] : VersionDiff.Between(previous.Yaml, Shown.Yaml);
        Yaml ??= Versions[0].Yaml;
        return Page();
    }

    /// <summary>The state of <paramref name="version"/> in words' key: in-effect, replaced, waiting, scheduled.</summary>
    public string StateOf(StoredAgreement version) =>
        version.Version == InEffect && version.IsEffectiveAt(Now) ? "in-effect"
        : version.EffectiveAt is { } at && at > Now ? "scheduled"
        : version.EffectiveAt is null ? "waiting"
        : "replaced";
}
