using Pactum.Domain.Agreements;
using Pactum.Domain.Calculator;

namespace Pactum.Domain.Reports;

/// <summary>
/// The goals of an agreement that reports are drawn against: the waterfall's lead goal (the first monthly at-least goal
/// counted in leads), the follow-up speed goal (the first at-most goal in minutes) and the follow-up depth goal (the
/// first goal counted in attempts), with the calculator inputs the lead goal was derived from (for the metrics sheet).
/// </summary>
public sealed record ReportGoals(Goal? Leads, Goal? Speed, Goal? Depth)
{
    /// <summary>No goals: reports without goal lines.</summary>
    public static readonly ReportGoals None = new(null, null, null);

    /// <summary>The calculator inputs of the lead goal, when it was derived from them.</summary>
    public LeadGoalInputs? Agreed => Leads?.Derivation?.Inputs;

    /// <summary>The report goals of <paramref name="agreement"/>.</summary>
    public static ReportGoals Of(Agreement agreement) => new(
        agreement.Goals.FirstOrDefault(g => g.Direction == GoalDirection.AtLeast && g.Period == EvaluationPeriod.Month && Is(g, "lead")),
        agreement.Goals.FirstOrDefault(g => g.Direction == GoalDirection.AtMost && Is(g, "minute")),
        agreement.Goals.FirstOrDefault(g => Is(g, "attempt")));

    private static bool Is(Goal goal, string unit) => goal.Unit.Contains(unit, StringComparison.OrdinalIgnoreCase);
}
