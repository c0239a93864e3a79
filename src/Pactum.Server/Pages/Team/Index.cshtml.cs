using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pactum.Domain.Assignment;
using Pactum.Server.Features.Routing;
using Pactum.Storage.Routing;

namespace Pactum.Server.Pages.Team;

/// <summary>
/// The assignment page (SPEC L5, G5): each rep's open leads against their capacity, whether they are away and until
/// when, their weight in the turn; add a rep, mark one away with a return date, change capacity or weight, remove one.
/// </summary>
public sealed class IndexModel(TeamView team, RepStore reps) : PageModel
{
    public IReadOnlyList<RepRow> Rows { get; private set; } = [];

    public AssignmentRules? Rules { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public IActionResult OnGet()
    {
        Rows = team.Rows();
        Rules = team.Rules();
        return Page();
    }

    /// <summary>Adds a rep or changes one; an empty away date brings a rep back.</summary>
    public IActionResult OnPostSave(string id, decimal? weight, int? capacity, string? awayUntil, bool? active)
    {
        var (rep, problems) = new RepInput(weight, capacity, awayUntil ?? "", active).ToRep(id ?? "", reps.Find((id ?? "").Trim()));
        if (rep is null)
        {
            Problems = problems;
            return OnGet();
        }

        reps.Save(rep);
        return RedirectToPage();
    }
}
