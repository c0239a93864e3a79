using Pactum.Domain.Leads;
using Pactum.Domain.Time;

namespace Pactum.Domain.Reports;

/// <summary>
/// The monthly marketing report (SPEC R5): per source, the visits recorded on the month's days and the leads created in
/// the month (local, the report's zone) with what became of them — how many reached MQL, SQL and customer — and the
/// conversion rates visitor → lead → MQL → SQL → customer; and the assets leads converted on (pages, landing pages,
/// blog posts) by leads and customers.
/// </summary>
/// <remarks>
/// The leads are a cohort: those created in the month, followed to today, so each rate is a share of the step before
/// (at most 1). A lead reached MQL when it has an <c>mql</c> event, a hand-off or a later stage; SQL when it has an
/// <c>sql</c> event, was qualified or has a deal; customer when its deal was won. A lead without a source counts under
/// <c>other</c>.
/// </remarks>
public sealed record SourceReport(MonthSpan Month, FunnelFigures Total, IReadOnlyList<FunnelFigures> Sources, IReadOnlyList<AssetFigures> Assets)
{
    /// <summary>The report from the month's <paramref name="visits"/> per source and <paramref name="leads"/> (those created in the month are kept).</summary>
    public static SourceReport Build(MonthSpan month, IReadOnlyDictionary<string, long> visits, IEnumerable<LeadSummary> leads)
    {
        var cohort = leads.Where(l => l.CreatedAt is { } at && month.Contains(at)).ToList();
        var sources = LeadSources.All
            .Select(s => FunnelFigures.Of(s, visits.GetValueOrDefault(s), cohort.Where(l => (l.Source ?? "other") == s).ToList()))
            .ToList();
        var assets = cohort.Where(l => l.Milestones.Asset is not null).GroupBy(l => l.Milestones.Asset!)
            .Select(g => AssetFigures.Of(g.Key, g.ToList()))
            .OrderByDescending(a => a.Leads).ThenBy(a => a.Asset, StringComparer.Ordinal)
            .ToList();
        return new SourceReport(month, FunnelFigures.Of("all", visits.Values.Sum(), cohort), sources, assets);
    }

    /// <summary>Whether the lead reached MQL: an <c>mql</c> event, a hand-off, or SQL.</summary>
    public static bool ReachedMql(LeadSummary lead) => lead.Milestones.MqlAt is not null || lead.FirstHandOff is not null || ReachedSql(lead);

    /// <summary>Whether the lead reached SQL: an <c>sql</c> event, qualified, at SQL or beyond, or a deal.</summary>
    public static bool ReachedSql(LeadSummary lead) =>
        lead.Milestones.SqlAt is not null || lead.Milestones.Deal is not null || lead.Status == LeadStatus.Qualified
        || lead.Stage is LifecycleStage.Sql or LifecycleStage.Opportunity or LifecycleStage.Customer;

    /// <summary>Whether the lead's deal was won.</summary>
    public static bool Customer(LeadSummary lead) => lead.Milestones.Deal is { Won: true };
}

/// <summary>
/// One row of the funnel: visits, leads, MQLs, SQLs and customers, and the rate of each step (fractions, four places;
/// null when the step before is zero).
/// </summary>
public sealed record FunnelFigures(
    string Source, long Visits, long Leads, long Mqls, long Sqls, long Customers,
    decimal? VisitToLead, decimal? LeadToMql, decimal? MqlToSql, decimal? SqlToCustomer, decimal? LeadToCustomer)
{
    internal static FunnelFigures Of(string source, long visits, IReadOnlyCollection<LeadSummary> leads)
    {
        var mqls = leads.LongCount(SourceReport.ReachedMql);
        var sqls = leads.LongCount(SourceReport.ReachedSql);
        var customers = leads.LongCount(SourceReport.Customer);
        return new FunnelFigures(
            source, visits, leads.Count, mqls, sqls, customers,
            Percentiles.Share(leads.Count, visits), Percentiles.Share(mqls, leads.Count), Percentiles.Share(sqls, mqls),
            Percentiles.Share(customers, sqls), Percentiles.Share(customers, leads.Count));
    }
}

/// <summary>
/// An asset leads converted on: its kind (<c>landing_page</c> when its path has <c>/landing</c>, <c>blog_post</c> when
/// it has <c>/blog</c>, else <c>page</c>), the leads it converted (its conversions), the customers among them and the
/// rate lead → customer.
/// </summary>
public sealed record AssetFigures(string Asset, string Kind, long Leads, long Customers, decimal? LeadToCustomer)
{
    internal static AssetFigures Of(string asset, IReadOnlyCollection<LeadSummary> leads)
    {
        var customers = leads.LongCount(SourceReport.Customer);
        var kind = asset.Contains("/landing", StringComparison.OrdinalIgnoreCase) ? "landing_page"
            : asset.Contains("/blog", StringComparison.OrdinalIgnoreCase) ? "blog_post" : "page";
        return new AssetFigures(asset, kind, leads.Count, customers, Percentiles.Share(customers, leads.Count));
    }
}
