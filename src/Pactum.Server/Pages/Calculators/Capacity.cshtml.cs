using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pactum.Domain.Calculator;
using Pactum.Server.Features.Calculator;

namespace Pactum.Server.Pages.Calculators;

/// <summary>The sales-capacity check (SPEC G5): can the reps make the attempts the SLA asks for every lead?</summary>
public sealed class CapacityModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? LeadsPerPeriod { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Reps { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? AttemptsPerLead { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? MinutesPerAttempt { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? MarketingHoursPerRep { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? SelfSourcedHoursPerRep { get; set; }

    public CalculatorAnswer<CapacityCheck> Answer { get; private set; } = CalculatorAnswer<CapacityCheck>.Invalid([]);

    public void OnGet()
    {
        // Company X: 100 leads a month, two reps, the six attempts the source recommends.
        LeadsPerPeriod ??= "100";
        Reps ??= "2";
        AttemptsPerLead ??= "6";
        MinutesPerAttempt ??= "5";
        MarketingHoursPerRep ??= "40";
        Answer = new CapacityQuestion(LeadsPerPeriod, Reps, AttemptsPerLead, MinutesPerAttempt, MarketingHoursPerRep, SelfSourcedHoursPerRep).Answer();
    }
}
