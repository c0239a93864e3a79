using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Calculator;
using Pactum.Domain.Calendars;
using Pactum.Domain.Clocks;
using Pactum.Domain.Reports;
using Pactum.Domain.Time;
using Pactum.Storage.Leads;

namespace Pactum.Storage.Reports;

/// <summary>
/// Every report of a month (SPEC R1–R7), read through <see cref="ReportStore"/> and built by the pure report types of
/// the domain: the one place the web app, the API and the command line get them from.
/// </summary>
public sealed class ReportBook(ReportStore store, VisitStore visits, IClock clock)
{
    /// <summary>The waterfall of <paramref name="month"/> against <paramref name="goal"/>, with the comparison lines asked for.</summary>
    public WaterfallReport Waterfall(MonthSpan month, decimal goal, WaterfallOptions? options = null, ReportFilter? filter = null)
    {
        options ??= WaterfallOptions.None;
        long[] Of(YearMonth m) => store.HandedOffPerDay(month with { Month = m }, filter);
        var comparisons = new WaterfallComparisons(
            options.CustomGoal,
            options.LastMonth ? Of(month.Month.PlusMonths(-1)) : null,
            options.SameMonthLastYear ? Of(month.Month.PlusMonths(-12)) : null,
            options.LastThreeMonths ? [Of(month.Month.PlusMonths(-1)), Of(month.Month.PlusMonths(-2)), Of(month.Month.PlusMonths(-3))] : null);
        return WaterfallReport.Build(month, goal, store.HandedOffPerDay(month, filter), clock.GetCurrentInstant().InZone(month.Zone).Date, comparisons);
    }

    /// <summary>Follow-up speed in <paramref name="month"/>, in business minutes on <paramref name="calendar"/> when given.</summary>
    public SpeedReport Speed(MonthSpan month, BusinessCalendar? calendar = null, decimal? goal = null, ReportFilter? filter = null) =>
        SpeedReport.Build(month, store.Touches(month, filter), calendar, goal);

    /// <summary>Follow-up depth in <paramref name="month"/>.</summary>
    public DepthReport Depth(MonthSpan month, decimal? goal = null, ReportFilter? filter = null) =>
        DepthReport.Build(month, store.HandOffDays(month, filter), goal);

    /// <summary>The leads created in <paramref name="month"/> by status.</summary>
    public StatusReport Status(MonthSpan month, ReportFilter? filter = null) =>
        StatusReport.Build(month, store.Leads(LeadMilestone.Created, month.Start, month.End, filter));

    /// <summary>The monthly marketing report of <paramref name="month"/>.</summary>
    public SourceReport Sources(MonthSpan month)
    {
        var perSource = visits.Between(month.Month.OnDayOfMonth(1), month.Month.OnDayOfMonth(month.Days))
            .GroupBy(v => v.Source).ToDictionary(g => g.Key, g => g.Sum(v => v.Visits), StringComparer.Ordinal);
        return SourceReport.Build(month, perSource, store.Leads(LeadMilestone.Created, month.Start, month.End));
    }

    /// <summary>The closed-loop report of <paramref name="month"/>, with the decision clocks of <paramref name="agreement"/>.</summary>
    public ClosedLoopReport ClosedLoop(MonthSpan month, Agreement? agreement = null)
    {
        var clocks = (agreement?.Clocks ?? []).Where(c => c.Kind == ClockKind.AcceptOrReject)
            .Select(c => ClockOutcomes.Of(c.Id, c.Name, c.Goal.Text, store.ClockRuns(agreement!.Id, c.Id, month.Start, month.End)))
            .ToList();
        var leads = store.Leads(LeadMilestone.HandedOff, month.Start, month.End)
            .Concat(store.Leads(LeadMilestone.Recycled, month.Start, month.End))
            .DistinctBy(l => l.LeadId);
        return ClosedLoopReport.Build(month, leads, clocks);
    }

    /// <summary>The metrics sheet of the <paramref name="count"/> months ending with <paramref name="last"/>.</summary>
    public MetricsSheet Metrics(MonthSpan last, int count, LeadGoalInputs? agreed)
    {
        var months = Enumerable.Range(0, count).Select(i => last with { Month = last.Month.PlusMonths(i - count + 1) }).ToList();
        var (from, to) = (months[0].Start, last.End);
        var leads = store.Leads(LeadMilestone.HandedOff, from, to).Concat(store.Leads(LeadMilestone.DealClosed, from, to)).DistinctBy(l => l.LeadId);
        return MetricsSheet.Build(months, leads, agreed);
    }
}

/// <summary>The comparison lines a waterfall shows (SPEC R1).</summary>
public sealed record WaterfallOptions(decimal? CustomGoal = null, bool LastMonth = false, bool SameMonthLastYear = false, bool LastThreeMonths = false)
{
    /// <summary>No comparison lines.</summary>
    public static readonly WaterfallOptions None = new();
}
