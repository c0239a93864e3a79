using NodaTime;
using Pactum.Domain.Agreements;

namespace Pactum.Domain.Compliance;

/// <summary>
/// The calendar periods a goal is judged over (SPEC P1): weeks (Monday to Sunday), months, quarters (from January,
/// April, July, October), years or single days, in the agreement's time zone, clipped to the agreement's term.
/// </summary>
public static class GoalPeriods
{
    /// <summary>
    /// The periods of kind <paramref name="period"/> that overlap <paramref name="term"/> and start on or before
    /// <paramref name="today"/>, in order, each as its first and last day (both included) within the term.
    /// </summary>
    public static IReadOnlyList<(LocalDate From, LocalDate To)> Until(EvaluationPeriod period, AgreementTerm term, LocalDate today)
    {
        var periods = new List<(LocalDate, LocalDate)>();
        var start = StartOf(period, term.Starts);
        while (start <= today && (term.Ends is null || start <= term.Ends))
        {
            var next = Next(period, start);
            var from = start < term.Starts ? term.Starts : start;
            var to = next.PlusDays(-1);
            if (term.Ends is { } ends && to > ends)
            {
                to = ends;
            }

            periods.Add((from, to));
            start = next;
        }

        return periods;
    }

    /// <summary>The first day of the period of kind <paramref name="period"/> that holds <paramref name="day"/>.</summary>
    public static LocalDate StartOf(EvaluationPeriod period, LocalDate day) => period switch
    {
        EvaluationPeriod.Day => day,
        EvaluationPeriod.Week => day.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)),
        EvaluationPeriod.Month => new LocalDate(day.Year, day.Month, 1),
        EvaluationPeriod.Quarter => new LocalDate(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1),
        _ => new LocalDate(day.Year, 1, 1),
    };

    private static LocalDate Next(EvaluationPeriod period, LocalDate start) => period switch
    {
        EvaluationPeriod.Day => start.PlusDays(1),
        EvaluationPeriod.Week => start.PlusWeeks(1),
        EvaluationPeriod.Month => start.PlusMonths(1),
        EvaluationPeriod.Quarter => start.PlusMonths(3),
        _ => start.PlusYears(1),
    };
}
