using Pactum.Domain.Leads;

namespace Pactum.Domain.Reports;

/// <summary>
/// The JSON documents of the reports, the same from the command line (SPEC I5) and the API: plain objects with the
/// month as <c>yyyy-MM</c>, the zone as its IANA name, statuses in snake case and figures as numbers. Waterfall, speed
/// and depth keep I5's members (<c>days[].day/goal/actual</c>; <c>leads[].leadId/minutes</c>, <c>averageMinutes</c>,
/// <c>untouched</c>; <c>leads</c>, <c>averageAttempts</c>) and add the rest beside them.
/// </summary>
public static class ReportDocuments
{
    /// <summary>The waterfall document (I5: <c>days</c>).</summary>
    public static object Waterfall(WaterfallReport r) => new
    {
        month = r.Month.ToString(),
        zone = r.Month.Zone.Id,
        goal = r.Goal,
        days = r.Days.Select(d => new { day = d.Day, goal = d.Goal, actual = d.Actual }),
        lines = r.Lines.Select(l => new { name = l.Name, values = l.Values }),
        pace = r.Pace is { } p ? new { day = p.Day, actual = p.Actual, line = p.Line, ahead = p.Ahead, forecast = p.Forecast, text = p.Text } : null,
    };

    /// <summary>The follow-up speed document (I5: <c>leads</c>, <c>averageMinutes</c>, <c>untouched</c>).</summary>
    public static object Speed(SpeedReport r) => new
    {
        month = r.Month.ToString(),
        zone = r.Month.Zone.Id,
        unit = r.Business ? "business minutes" : "minutes",
        goalMinutes = r.Goal,
        leads = r.Leads.Select(l => new { leadId = l.LeadId, minutes = l.Minutes, wallMinutes = l.WallMinutes, owner = l.Owner, handedOffAt = l.HandedOffAt.ToString(), firstAttemptAt = l.FirstAttemptAt.ToString() }),
        averageMinutes = r.Total.Average,
        medianMinutes = r.Total.Median,
        p90Minutes = r.Total.P90,
        untouched = r.UntouchedLeads.Count,
        untouchedLeads = r.UntouchedLeads,
        met = r.Total.Met,
        shareMet = r.Total.ShareMet,
        buckets = r.Buckets.Select(b => new { name = b.Name, fromDay = b.FromDay, toDay = b.ToDay, leads = b.Leads }),
        byDay = r.ByDay.Select(Figures),
        byWeek = r.ByWeek.Select(Figures),
        byRep = r.ByRep.Select(Figures),
    };

    /// <summary>The follow-up depth document (I5: <c>leads</c>, <c>averageAttempts</c>).</summary>
    public static object Depth(DepthReport r) => new
    {
        month = r.Month.ToString(),
        zone = r.Month.Zone.Id,
        goalAttempts = r.Goal,
        leads = r.Total.Leads,
        averageAttempts = r.Total.AverageAttempts,
        attempts = r.Total.Attempts,
        worked = r.Total.Worked,
        notWorked = r.Total.NotWorked,
        meetsGoal = r.Total.MeetsGoal,
        byRep = r.ByRep.Select(d => new { owner = d.Key, leads = d.Leads, averageAttempts = d.AverageAttempts, attempts = d.Attempts, worked = d.Worked, notWorked = d.NotWorked, meetsGoal = d.MeetsGoal }),
    };

    /// <summary>The lead-status document.</summary>
    public static object Status(StatusReport r) => new
    {
        month = r.Month.ToString(),
        zone = r.Month.Zone.Id,
        leads = r.Leads,
        statuses = r.Statuses.Select(s => new { status = LeadNames.Of(s.Status), leads = s.Leads, share = s.Share }),
    };

    /// <summary>The monthly marketing report document.</summary>
    public static object Sources(SourceReport r) => new { month = r.Month.ToString(), zone = r.Month.Zone.Id, total = r.Total, sources = r.Sources, assets = r.Assets };

    /// <summary>The closed-loop document.</summary>
    public static object ClosedLoop(ClosedLoopReport r) => new
    {
        month = r.Month.ToString(),
        zone = r.Month.Zone.Id,
        total = r.Total,
        bySource = r.BySource,
        rejectedByReason = r.RejectedByReason,
        recycled = r.Recycled,
        recycledByReason = r.RecycledByReason,
        recycledByTrack = r.RecycledByTrack,
        decisionClocks = r.DecisionClocks,
    };

    /// <summary>The metrics-sheet document.</summary>
    public static object Metrics(MetricsSheet r) => new
    {
        zone = r.Months.Count > 0 ? r.Months[0].Month.Zone.Id : null,
        agreed = r.Agreed,
        months = r.Months.Select(m => new
        {
            month = m.Month.ToString(),
            marketingLeads = m.MarketingLeads,
            becameCustomers = m.BecameCustomers,
            revenueFromThem = m.RevenueFromThem,
            marketingRevenueClosed = m.MarketingRevenueClosed,
            totalRevenueClosed = m.TotalRevenueClosed,
            averageSalesCycleDays = m.AverageSalesCycleDays,
            recomputed = m.Recalculated is { } g ? new
            {
                closeRate = g.CloseRate.Value,
                dealSize = g.DealSize.Value,
                marketingShare = g.MarketingShare.Value,
                averageSalesCycleDays = g.AverageSalesCycleDays.Value,
                impliedLeads = g.Implied.LeadsNeeded,
                agreedLeads = g.Agreed.LeadsNeeded,
            } : null,
        }),
    };

    private static object Figures(SpeedFigures f) => new
    {
        key = f.Key, touched = f.Touched, untouched = f.Untouched, averageMinutes = f.Average, medianMinutes = f.Median, p90Minutes = f.P90, met = f.Met, shareMet = f.ShareMet,
    };
}
