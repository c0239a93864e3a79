using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Reports;
using Pactum.Server.Features.Agreements;
using Pactum.Server.Features.Reports;
using Pactum.Storage.Clocks;
using Pactum.Storage.Reports;

namespace Pactum.Server.Pages.Reports;

/// <summary>
/// The dashboard of an agreement: this month's waterfall, follow-up speed and depth against their goals, the clocks in
/// warning or breached, and where each goal stands so far — every number a link to the leads behind it.
/// </summary>
public sealed class DashboardModel(AgreementCatalog catalog, ReportBook book, ClockStore clocks, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Agreement { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Zone { get; set; }

    public ReportRequest Report { get; private set; } = null!;

    public IReadOnlyList<Agreement> Agreements { get; private set; } = [];

    public WaterfallReport? Waterfall { get; private set; }

    public SpeedReport Speed { get; private set; } = null!;

    public DepthReport Depth { get; private set; } = null!;

    public IReadOnlyList<ClockNeedingAction> Clocks { get; private set; } = [];

    public IReadOnlyList<GoalStanding> Standings { get; private set; } = [];

    public void OnGet()
    {
        Agreements = catalog.LatestParsed().Select(a => a.Agreement).ToList();
        Report = ReportRequest.Read(catalog, clock, Agreement, Month, Zone);
        if (Report.Errors.Count > 0)
        {
            return;
        }

        var goals = Report.Goals;
        var month = Report.Month;
        Waterfall = goals.Leads is { } leads ? book.Waterfall(month, leads.Target, new WaterfallOptions(LastMonth: true)) : null;
        Speed = book.Speed(month, Report.Agreement?.CalendarWithExclusions(), goals.Speed?.Target);
        Depth = book.Depth(month, goals.Depth?.Target);
        Clocks = clocks.NeedingAction().Where(c => c.AgreementId == Report.Agreement?.Id).ToList();
        Standings = GoalStanding.Of(Report.Agreement, goals, Waterfall, Speed, Depth);
    }

    /// <summary>The lead list behind a number of this month: handed off in it, with more filters.</summary>
    public string Leads(string? owner = null, string? status = null) => QueryHelpers.AddQueryString("/leads", new Dictionary<string, string?>
    {
        ["month"] = Report.Month.ToString(),
        ["zone"] = Report.Month.Zone.Id,
        ["owner"] = owner,
        ["status"] = status,
    }.Where(p => !string.IsNullOrEmpty(p.Value)));

    /// <summary>This dashboard for another month.</summary>
    public string MonthLink(int offset) => QueryHelpers.AddQueryString("/dashboard", new Dictionary<string, string?>
    {
        ["agreement"] = Report.Agreement?.Id,
        ["month"] = (Report.Month with { Month = Report.Month.Month.PlusMonths(offset) }).ToString(),
    }.Where(p => !string.IsNullOrEmpty(p.Value)));

    public string WaterfallChart(string day, string goal, string actual, string lastMonth) => Chart("line", day,
        Waterfall!.Days.Select(d => (object)d.Day),
        new { label = goal, data = Waterfall.Days.Select(d => d.Goal), borderDash = new[] { 6, 4 } },
        new { label = actual, data = Waterfall.Days.Where(d => Waterfall.Pace is not { } p || d.Day <= p.Day).Select(d => (decimal?)d.Actual) },
        new { label = lastMonth, data = Waterfall.Lines.Single(l => l.Name == "last-month").Values });

    public string SpeedChart(string day, string average, string goal) => Chart("bar", day,
        Speed.ByDay.Select(d => d.Key[8..]),
        new { label = average, data = Speed.ByDay.Select(d => d.Average), type = "bar" },
        new { label = goal, data = Speed.ByDay.Select(_ => Speed.Goal), type = "line" });

    public string DepthChart(string rep, string average, string goal) => Chart("bar", rep,
        Depth.ByRep.Select(d => d.Key),
        new { label = average, data = Depth.ByRep.Select(d => d.AverageAttempts), type = "bar" },
        new { label = goal, data = Depth.ByRep.Select(_ => Depth.Goal), type = "line" });

    public static string N(decimal? value, string format = "#,0.##") => value is { } v ? v.ToString(format, CultureInfo.CurrentCulture) : "—";

    public static string Share(decimal? value) => value is { } v ? v.ToString("P0", CultureInfo.CurrentCulture) : "—";

    private static string Chart(string type, string xTitle, IEnumerable<object> labels, params object[] datasets) =>
        JsonSerializer.Serialize(new { type, xTitle, labels, datasets }, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
}
