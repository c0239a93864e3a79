using Pactum.Domain.Agreements;
using Pactum.Domain.Reports;

namespace Pactum.Domain.Compliance;

/// <summary>A goal Pactum can judge: the goal, the data it is measured from, and how its daily figures add up.</summary>
/// <param name="Goal">The agreement's goal.</param>
/// <param name="Metric">What it is measured from.</param>
public sealed record JudgedGoal(Goal Goal, GoalMetric Metric)
{
    /// <summary>A total (leads, revenue, deliveries) or an average (minutes, attempts, availability).</summary>
    public GoalMeasure Measure => Metric is GoalMetric.LeadsHandedOff or GoalMetric.Revenue or GoalMetric.Deliveries ? GoalMeasure.Total : GoalMeasure.Average;

    /// <summary>
    /// The goals of <paramref name="agreement"/> that can be judged, in file order: those with a <c>measure</c>, and in
    /// internal and multi-level agreements also the lead, speed and depth goals the reports draw against
    /// (<see cref="ReportGoals"/>), which are recognised by their units.
    /// </summary>
    public static IReadOnlyList<JudgedGoal> Of(Agreement agreement)
    {
        var reported = agreement.Kind == AgreementKind.Customer ? ReportGoals.None : ReportGoals.Of(agreement);
        var judged = new List<JudgedGoal>();
        foreach (var goal in agreement.Goals)
        {
            GoalMetric? metric = goal.MeasuredBy
                ?? (goal == reported.Leads ? GoalMetric.LeadsHandedOff
                    : goal == reported.Speed ? GoalMetric.FirstTouchMinutes
                    : goal == reported.Depth ? GoalMetric.AttemptsPerLead
                    : null);
            if (metric is { } m)
            {
                judged.Add(new JudgedGoal(goal, m));
            }
        }

        return judged;
    }
}
