using Pactum.Domain.Agreements;
using Pactum.Domain.Reports;

namespace Pactum.Server.Features.Reports;

/// <summary>Where a goal stands so far this month: on track or at risk, with the figure it is judged on; or not measured by these reports.</summary>
public sealed record GoalStanding(Goal Goal, string State, string? Figure)
{
    public const string OnTrack = "on-track";
    public const string AtRisk = "at-risk";
    public const string NotMeasured = "not-measured";

    public static IReadOnlyList<GoalStanding> Of(Agreement? agreement, ReportGoals goals, WaterfallReport? waterfall, SpeedReport speed, DepthReport depth) =>
        (agreement?.Goals ?? []).Select(goal =>
        {
            if (goal == goals.Leads && waterfall?.Pace is { } pace)
            {
                return new GoalStanding(goal, pace.Forecast >= goal.Target ? OnTrack : AtRisk, pace.Text);
            }

            if (goal == goals.Speed && speed.Total.Average is { } average)
            {
                return new GoalStanding(goal, average <= goal.Target ? OnTrack : AtRisk, $"average {Number(average)} {(speed.Business ? "business " : "")}minutes over {speed.Total.Touched} leads");
            }

            if (goal == goals.Depth && depth.Total.AverageAttempts is { } attempts)
            {
                return new GoalStanding(goal, attempts >= goal.Target ? OnTrack : AtRisk, $"{Number(attempts)} attempts per lead not yet connected ({depth.Total.Leads} leads)");
            }

            return new GoalStanding(goal, NotMeasured, null);
        }).ToList();

    private static string Number(decimal value) => value.ToString("#,0.##", System.Globalization.CultureInfo.CurrentCulture);
}
