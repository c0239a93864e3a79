using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pactum.Server.Features.Calculator;

namespace Pactum.Server.Pages;

/// <summary>
/// The goal calculator: the marketing goal from the sales quota with each formula and the month's cumulative goal
/// line, and the uptime budget of an availability. Opens on Company X's example (SPEC G1) so it is never empty.
/// </summary>
public sealed class CalculatorModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Quota { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? MarketingShare { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? DealSize { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? CloseRate { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Days { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public LeadGoalAnswer? Goal { get; private set; }

    public IReadOnlyList<string> GoalErrors { get; private set; } = [];

    public void OnGet()
    {
        Quota ??= "5000";
        MarketingShare ??= "100%";
        DealSize ??= "100";
        CloseRate ??= "50%";
        Days ??= LeadGoalQuestion.DefaultDays.ToString(CultureInfo.InvariantCulture);
        Period ??= "month";

        var goal = new LeadGoalQuestion(Quota, MarketingShare, DealSize, CloseRate, Days, Period).Answer();
        Goal = goal.Value;
        GoalErrors = goal.Errors;
    }

    /// <summary>The chart of the month's cumulative goal line, as the data the chart script draws.</summary>
    public string GoalLineChart(string dayLabel, string goalLabel)
    {
        var line = Goal?.CumulativeGoal ?? [];
        return JsonSerializer.Serialize(new
        {
            type = "line",
            xTitle = dayLabel,
            labels = Enumerable.Range(1, line.Count),
            datasets = new[] { new { label = goalLabel, data = line } },
        });
    }
}
