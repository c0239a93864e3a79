using System.Globalization;
using Dapper;
using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Calculator;
using Pactum.Domain.Compliance;
using Pactum.Domain.Time;
using Pactum.Storage.Database;
using Pactum.Storage.Reports;

namespace Pactum.Storage.Compliance;

/// <summary>
/// The daily figures of an agreement's goals, read from the projections (SPEC P1): hand-offs, follow-up speed and depth
/// from the report store's daily hand-offs, revenue from won deals, availability from outages, deliveries from
/// delivery events. Days are local to the agreement's calendar zone (UTC without one).
/// </summary>
public sealed class StoredGoalFigures(SqliteDatabase database, ReportStore reports, ServiceEventStore events, Agreement agreement) : IGoalFigures
{
    private const decimal TicksPerMinute = 600_000_000m;
    private readonly DateTimeZone _zone = agreement.Calendar?.Zone ?? DateTimeZone.Utc;
    private readonly Domain.Calendars.BusinessCalendar? _calendar = agreement.CalendarWithExclusions();

    /// <inheritdoc />
    public IEnumerable<DayFigure> Of(JudgedGoal goal, LocalDate from, LocalDate to) => goal.Metric switch
    {
        GoalMetric.LeadsHandedOff => Months(from, to).SelectMany(m => reports.HandOffDays(m)).GroupBy(d => d.Day).Select(g => new DayFigure(g.Key, g.Sum(d => d.HandedOff))),
        GoalMetric.AttemptsPerLead => Months(from, to).SelectMany(m => reports.HandOffDays(m)).GroupBy(d => d.Day)
            .Select(g => new DayFigure(g.Key, g.Sum(d => d.UnconnectedAttempts), g.Sum(d => d.Unconnected))),
        GoalMetric.FirstTouchMinutes => FirstTouch(from, to),
        GoalMetric.Revenue => Revenue(from, to),
        GoalMetric.Deliveries => events.Deliveries(agreement.Id, Start(from), Start(to.PlusDays(1)))
            .GroupBy(d => d.At.InZone(_zone).Date).Select(g => new DayFigure(g.Key, g.Sum(d => d.Quantity))),
        _ => Availability(from, to),
    };

    private IEnumerable<DayFigure> FirstTouch(LocalDate from, LocalDate to) =>
        Months(from, to).SelectMany(m => reports.Touches(m))
            .Where(t => t.FirstAttempt is not null)
            .Select(t => (Day: t.HandedOffAt.InZone(_zone).Date, Ticks: (_calendar is null ? t.FirstAttempt!.Value - t.HandedOffAt : _calendar.Elapsed(t.HandedOffAt, t.FirstAttempt!.Value)).BclCompatibleTicks))
            .GroupBy(t => t.Day)
            .Select(g => new DayFigure(g.Key, g.Sum(t => t.Ticks) / TicksPerMinute, g.Count()));

    private IEnumerable<DayFigure> Revenue(LocalDate from, LocalDate to)
    {
        using var connection = database.Connect();
        return connection.Query<(long Ticks, string Amount)>(
                "SELECT deal_ticks, deal_amount FROM leads WHERE deal = 'won' AND deal_amount IS NOT NULL AND deal_ticks >= @from AND deal_ticks < @to",
                new { from = Start(from).ToUnixTimeTicks(), to = Start(to.PlusDays(1)).ToUnixTimeTicks() })
            .GroupBy(d => Instant.FromUnixTimeTicks(d.Ticks).InZone(_zone).Date)
            .Select(g => new DayFigure(g.Key, g.Sum(d => decimal.Parse(d.Amount, CultureInfo.InvariantCulture))))
            .ToList();
    }

    // Each day's availability as 100 × seconds up over the seconds of the day, so that the average over the days judged
    // is the percentage of the time judged.
    private IEnumerable<DayFigure> Availability(LocalDate from, LocalDate to)
    {
        var outages = events.Outages(agreement.Id, Start(from), Start(to.PlusDays(1))).Select(o => o.ToOutage()).ToList();
        for (var day = from; day <= to; day = day.PlusDays(1))
        {
            var span = new Interval(Start(day), Start(day.PlusDays(1)));
            var seconds = span.Duration.TotalSeconds;
            var down = OutageTimeline.Downtime(span, outages).Sum(d => d.Duration.TotalSeconds);
            yield return new DayFigure(day, (decimal)(seconds - down) * 100m, (long)seconds);
        }
    }

    private Instant Start(LocalDate day) => day.AtStartOfDayInZone(_zone).ToInstant();

    private IEnumerable<MonthSpan> Months(LocalDate from, LocalDate to)
    {
        for (var month = from.ToYearMonth(); month <= to.ToYearMonth(); month = month.PlusMonths(1))
        {
            yield return new MonthSpan(month, _zone);
        }
    }
}
