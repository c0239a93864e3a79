using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pactum.Domain.Calculator;
using Pactum.Server.Features.Calculator;

namespace Pactum.Server.Pages.Calculators;

/// <summary>Goals per lead tier and by value (SPEC G4): split a leads or value goal by the lead mix.</summary>
public sealed class TiersModel : PageModel
{
    /// <summary>How many tier rows the form offers.</summary>
    public const int Rows = 5;

    [BindProperty(SupportsGet = true)]
    public List<string?> Name { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public List<string?> ValuePerLead { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public List<string?> Share { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Goal { get; set; }

    /// <summary>What the goal is in: "leads" (a number of leads) or "value" (money).</summary>
    [BindProperty(SupportsGet = true)]
    public string? GoalIn { get; set; }

    public CalculatorAnswer<TierGoal> Answer { get; private set; } = CalculatorAnswer<TierGoal>.Invalid([]);

    public void OnGet()
    {
        if (Name.Count == 0)
        {
            // The source's example: a CEO lead is worth $100, a director $50, a manager $40.
            Name = ["CEO", "Director", "Manager"];
            ValuePerLead = ["100", "50", "40"];
            Share = ["20%", "30%", "50%"];
        }

        Goal ??= "100";
        GoalIn = GoalIn == "value" ? "value" : "leads";
        var rows = FormRows.Filled(Name, ValuePerLead, Share)
            .Select(i => new TierRow(FormRows.At(Name, i), FormRows.At(ValuePerLead, i), FormRows.At(Share, i)))
            .ToList();
        Answer = new TierQuestion(rows, GoalIn == "leads" ? Goal : null, GoalIn == "value" ? Goal : null).Answer();
    }
}
