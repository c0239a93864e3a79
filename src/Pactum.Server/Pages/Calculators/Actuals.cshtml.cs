using Microsoft.AspNetCore.Mvc;
using Pactum.Domain.Calculator;
using Pactum.Server.Features.Calculator;

namespace Pactum.Server.Pages.Calculators;

/// <summary>Recalculation from actuals (SPEC G3): the inputs recomputed from a period, and the goal they imply.</summary>
public sealed class ActualsModel : LeadGoalFormModel
{
    [BindProperty(SupportsGet = true)]
    public string? MarketingLeads { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? MarketingCustomers { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? MarketingRevenue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? TotalRevenue { get; set; }

    /// <summary>Sales-cycle lengths in days, separated by commas or spaces.</summary>
    [BindProperty(SupportsGet = true)]
    public string? SalesCycleDays { get; set; }

    public CalculatorAnswer<GoalRecalculation> Answer { get; private set; } = CalculatorAnswer<GoalRecalculation>.Invalid([]);

    public void OnGet()
    {
        // Company X's agreed inputs, and a month in which fewer leads closed at larger deals.
        DefaultToCompanyX();
        MarketingLeads ??= "120";
        MarketingCustomers ??= "36";
        MarketingRevenue ??= "4680";
        TotalRevenue ??= "5400";
        SalesCycleDays ??= "12, 18, 25, 31, 9, 22";
        var days = SalesCycleDays.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Answer = new RecalculationQuestion(Quota, MarketingShare, DealSize, CloseRate, MarketingLeads, MarketingCustomers, MarketingRevenue, TotalRevenue, days).Answer();
    }
}
