using NodaTime;
using Pactum.Domain.Agreements;

namespace Pactum.Domain.Compliance;

/// <summary>
/// Judges every goal of an agreement version for every period of its term up to now (SPEC P1): finished periods are met
/// or missed, the running one on track or at risk. A pure function of the agreement version (with its calendar and
/// exclusion windows), the figures and "now", so that a replay gives the same verdicts for the same events.
/// </summary>
public static class AgreementEvaluation
{
    /// <summary>
    /// The verdicts of <paramref name="agreement"/>'s judged goals, by goal in file order and then by period; periods
    /// are local to the agreement's calendar zone (UTC without a calendar). Periods for which
    /// <paramref name="settled"/> answers true (finished verdicts already recorded) are left out, so an evaluation
    /// reads only the figures of periods that may still change.
    /// </summary>
    public static IReadOnlyList<GoalVerdict> Evaluate(Agreement agreement, IGoalFigures figures, Instant now, Func<string, PeriodKey, bool>? settled = null)
    {
        var zone = agreement.Calendar?.Zone ?? DateTimeZone.Utc;
        var today = now.InZone(zone).Date;
        var verdicts = new List<GoalVerdict>();
        foreach (var judged in JudgedGoal.Of(agreement))
        {
            foreach (var (from, to) in GoalPeriods.Until(judged.Goal.Period, agreement.Term, today))
            {
                if (settled?.Invoke(judged.Goal.Id, new PeriodKey(from, to)) == true)
                {
                    continue;
                }

                verdicts.Add(GoalJudge.Judge(judged.Goal, judged.Measure, from, to, zone, figures.Of(judged, from, to), agreement.Exclusions, now));
            }
        }

        return verdicts;
    }
}
