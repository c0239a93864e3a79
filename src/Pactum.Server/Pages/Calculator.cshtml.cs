using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Pactum.Server.Features.Calculator;
using Pactum.Server.Pages.Calculators;

namespace Pactum.Server.Pages;

/// <summary>
/// The goal calculator's first tab: the marketing goal from the sales quota with each formula, the breakdown by
/// period and the month's cumulative goal line. Opens on Company X's example (SPEC G1) so it is never empty.
/// </summary>
public sealed class CalculatorModel : LeadGoalFormModel
{
    [BindProperty(SupportsGet = true)]
    public string? Days { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public LeadGoalAnswer? Goal { get; private set; }

    public IReadOnlyList<string> GoalErrors { get; private set; } = [];

    public void OnGet()
    {
        DefaultToCompanyX();
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
