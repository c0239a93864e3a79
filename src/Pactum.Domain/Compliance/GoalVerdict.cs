using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Calendars;

namespace Pactum.Domain.Compliance;

/// <summary>
/// The judgement of one goal for one period (SPEC P1): the target as it applies after exclusion windows
/// (<see cref="Target"/>), the value measured on the days judged (<see cref="Actual"/>), the forecast for the period
/// end while it runs, and the state. Excluded days and the windows that removed them are listed with their reasons.
/// </summary>
/// <param name="GoalId">The goal judged.</param>
/// <param name="Owner">The party responsible for it (or <c>shared</c>).</param>
/// <param name="From">The first day of the period (local, the agreement's zone).</param>
/// <param name="To">The last day of the period.</param>
/// <param name="Direction">Whether the target is a floor or a ceiling.</param>
/// <param name="Target">The goal's target, for a total scaled to the share of days judged (two places).</param>
/// <param name="Actual">The value on the days judged so far (two places); null when nothing was measured.</param>
/// <param name="Forecast">The expected value at the period end while it runs; the actual once it is over.</param>
/// <param name="State">Where the goal stands.</param>
/// <param name="DaysJudged">How many days of the period count (not excluded), so far and in all.</param>
/// <param name="ExcludedDays">The days left out because an exclusion window overlaps them.</param>
/// <param name="Exclusions">The exclusion windows that overlap the period, with their reasons.</param>
public sealed record GoalVerdict(
    string GoalId, string Owner, LocalDate From, LocalDate To, GoalDirection Direction, decimal Target, decimal? Actual,
    decimal? Forecast, VerdictState State, (int SoFar, int InAll) DaysJudged, IReadOnlyList<LocalDate> ExcludedDays,
    IReadOnlyList<Closure> Exclusions)
{
    /// <summary>The period judged.</summary>
    public PeriodKey Period => new(From, To);

    /// <summary>Whether the period is over (met or missed).</summary>
    public bool IsFinal => State is VerdictState.Met or VerdictState.Missed;

    /// <summary>Whether the period is over and the goal missed (a strike, SPEC P2).</summary>
    public bool IsMiss => State == VerdictState.Missed;
}
