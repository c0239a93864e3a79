using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Pactum.Server.Pages.Calculators;

/// <summary>A calculator page whose form holds the four inputs of the lead goal (SPEC G1), as the user typed them.</summary>
public abstract class LeadGoalFormModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Quota { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? MarketingShare { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? DealSize { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? CloseRate { get; set; }

    /// <summary>Fills what the user left out with Company X's example: $5,000 a month, all from marketing, $100 deals, 50%.</summary>
    protected void DefaultToCompanyX()
    {
        Quota ??= "5000";
        MarketingShare ??= "100%";
        DealSize ??= "100";
        CloseRate ??= "50%";
    }
}
