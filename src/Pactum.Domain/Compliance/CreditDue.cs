using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Calculator;

namespace Pactum.Domain.Compliance;

/// <summary>
/// Service credits of a customer agreement (SPEC P2, G6): the credit a finished verdict earns under the agreement's
/// tiers, and a month's availability with the downtime it allows and has left.
/// </summary>
public static class CreditDue
{
    /// <summary>
    /// The tier <paramref name="verdict"/> falls in: among the tiers of its goal whose threshold the result is strictly
    /// below, the one with the largest credit; null when none applies, the period is not over, or nothing was measured.
    /// The result is the measured percentage ÷ 100 for a goal in <c>%</c>, else the share of the target achieved.
    /// </summary>
    public static CreditTier? For(Agreement agreement, GoalVerdict verdict)
    {
        var goal = agreement.Goals.FirstOrDefault(g => g.Id == verdict.GoalId);
        if (goal is null || !verdict.IsFinal || verdict.Actual is not { } actual)
        {
            return null;
        }

        var result = goal.Unit == "%" ? actual / 100m : verdict.Target == 0 ? 1m : actual / verdict.Target;
        return agreement.Consequences.Credits.Where(t => t.Goal == goal.Id && result < t.Below).MaxBy(t => t.Credit);
    }

    /// <summary>
    /// The availability of <paramref name="month"/> (whole local days in <paramref name="zone"/>) for an availability
    /// goal in <c>%</c>, from <paramref name="outages"/>: measured availability, allowed downtime, downtime left and the
    /// credit its tiers give (time still to come counts as up).
    /// </summary>
    public static ServiceCreditAssessment Month(Agreement agreement, Goal goal, YearMonth month, DateTimeZone zone, IEnumerable<Outage> outages)
    {
        var start = month.OnDayOfMonth(1).AtStartOfDayInZone(zone).ToInstant();
        var end = month.PlusMonths(1).OnDayOfMonth(1).AtStartOfDayInZone(zone).ToInstant();
        var tiers = agreement.Consequences.Credits.Where(t => t.Goal == goal.Id).Select(t => new ServiceCreditTier(t.Below, t.Credit)).ToList();
        return ServiceCredits.Assess(new ServiceCreditInputs(new Interval(start, end), outages.ToList(), goal.Target / 100m, tiers));
    }
}
