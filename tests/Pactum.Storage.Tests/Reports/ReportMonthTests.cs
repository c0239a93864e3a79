using NodaTime;
using Pactum.Domain.Calculator;
using Pactum.Domain.Calendars;
using Pactum.Domain.Leads;
using Pactum.Domain.Leads.Import;
using Pactum.Domain.Reports;
using Pactum.Domain.Time;
using Pactum.Storage.Leads;
using Pactum.Storage.Reports;
using Pactum.Testing;

namespace Pactum.Storage.Tests.Reports;

/// <summary>The reports of <see cref="ReportMonthFixture"/>'s October, every figure worked out by hand (see the fixture's remarks).</summary>
public sealed class ReportMonthTests : IDisposable
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb[ReportMonthFixture.Zone];
    private static readonly MonthSpan October = new(new YearMonth(2026, 10), NewYork);
    private readonly TempDatabase _db = new();
    private readonly ReportStore _store;
    private readonly ReportBook _book;

    public ReportMonthTests()
    {
        _store = new ReportStore(_db.Database);
        _store.Track(NewYork);
        var importer = new EventImporter(new EventLog(_db.Database, _db.Clock));
        foreach (var csv in new[] { ReportMonthFixture.Events, ReportMonthFixture.LateEvents })
        {
            var report = importer.Import(new StringReader(csv), _ => new LayoutChoice(new GenericEventMapper(), null));
            Assert.Empty(report.Rejected);
        }

        var visits = new VisitStore(_db.Database);
        visits.Record([new(new LocalDate(2026, 10, 5), "organic_search", 100), new(new LocalDate(2026, 10, 5), "referral", 10)]);
        _book = new ReportBook(_store, visits, _db.Clock);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Waterfall_October_CountsEachFirstHandOffOnItsLocalDayIncludingTheLast2330()
    {
        var waterfall = _book.Waterfall(October, 31);

        Assert.Equal(31, waterfall.Days.Count);
        // Day k's goal line is k·31/31 = k; hand-offs on days 1, 2, 5, 10, 15 and 31 (L5 at 23:30 local); L7 is September's.
        long[] expected = [1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6];
        Assert.Equal(expected, waterfall.Days.Select(d => d.Actual));
        Assert.Equal(Enumerable.Range(1, 31).Select(k => (decimal)k), waterfall.Days.Select(d => d.Goal));
        // Read on 2 November: the month is over, so the pace is taken on day 31.
        Assert.Equal(new WaterfallPace(31, 6, 31, -25, 6, 31), waterfall.Pace);
    }

    [Fact]
    public void Waterfall_ReadOnDay18_ShowsThePaceAndForecast()
    {
        _db.Clock.Advance(Instant.FromUtc(2026, 10, 18, 16, 0) - _db.Clock.GetCurrentInstant());

        var pace = _book.Waterfall(October, 31).Pace!;

        // 5 of 31 on day 18 (line 18): 13 behind; forecast 5 × 31 ÷ 18 = 8.61.
        Assert.Equal((18, 5L, 18m, -13m, 8.61m), (pace.Day, pace.Actual, pace.Line, pace.Ahead, pace.Forecast));
        Assert.Equal("5 of 31 on day 18 — 13 behind the line; forecast 9 by the month's end", pace.Text);
    }

    [Fact]
    public void Waterfall_GoalOf100_RoundsTheLineToTwoPlaces()
    {
        var waterfall = _book.Waterfall(October, 100, new WaterfallOptions(CustomGoal: 62, LastMonth: true));

        Assert.Equal(3.23m, waterfall.Days[0].Goal); // 100 ÷ 31
        Assert.Equal(100m, waterfall.Days[30].Goal);
        Assert.Equal(2m, waterfall.Lines.Single(l => l.Name == "custom-goal").Values[0]); // 62 ÷ 31
        // September: L7 on day 30 (23:00 local on the 30th).
        var september = waterfall.Lines.Single(l => l.Name == "last-month").Values;
        Assert.Equal((0m, 1m, 1m), (september[28], september[29], september[30]));
    }

    [Fact]
    public void Speed_October_HandComputedAverageMedianP90AndBuckets()
    {
        var speed = _book.Speed(October, goal: 60);

        // Minutes: L5 10, L6 20 (the late attempt), L1 30, L2 60, L3 120; L4 untouched.
        Assert.Equal(["L1", "L2", "L3", "L6", "L5"], speed.Leads.Select(l => l.LeadId));
        Assert.Equal([30m, 60m, 120m, 20m, 10m], speed.Leads.Select(l => l.Minutes));
        Assert.Equal(["L4"], speed.UntouchedLeads);
        // Average 240 ÷ 5 = 48; median 30; p90 at rank 0.9 × 4 = 3.6: 60 + 0.6 × 60 = 96; 4 of 5 within 60.
        Assert.Equal(new SpeedFigures("2026-10", 5, 1, 48, 30, 96, 4, 0.8m), speed.Total);
        Assert.Equal([5L, 0, 0, 0], speed.Buckets.Select(b => b.Leads));
        var amy = speed.ByRep.Single(r => r.Key == "amy");
        // amy: 10, 20, 30, 120 → average 45, median 25, p90 at rank 2.7: 30 + 0.7 × 90 = 93.
        Assert.Equal(new SpeedFigures("amy", 4, 0, 45, 25, 93, 3, 0.75m), amy);
        Assert.Equal(new SpeedFigures("bob", 1, 1, 60, 60, 60, 1, 1m), speed.ByRep.Single(r => r.Key == "bob"));
        Assert.Equal(["2026-09-28", "2026-10-05", "2026-10-12", "2026-10-26"], speed.ByWeek.Select(w => w.Key));
    }

    [Fact]
    public void Speed_OnABusinessCalendar_CountsOnlyOpenMinutes()
    {
        IReadOnlyList<OpenHours> nineToFive = [new OpenHours(new LocalTime(9, 0), new LocalTime(17, 0), endsNextDay: false)];
        var hours = new WeeklyHours(new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
            .ToDictionary(d => d, _ => nineToFive));
        var calendar = new BusinessCalendar(NewYork, hours, [], []);

        var speed = _book.Speed(October, calendar);

        // L5's hand-off and attempt are on Saturday night: 0 business minutes, 10 wall-clock minutes.
        var l5 = speed.Leads.Single(l => l.LeadId == "L5");
        Assert.Equal((0m, 10m), (l5.Minutes, l5.WallMinutes));
        Assert.Equal(46m, speed.Total.Average); // (30 + 60 + 120 + 0 + 20) ÷ 5
    }

    [Fact]
    public void Depth_October_CountsUnconnectedLeadsAndTheirAttempts()
    {
        var depth = _book.Depth(October, goal: 6);

        // Not connected: L2 (2 attempts), L3 (3), L4 (0), L5 (1): 6 ÷ 4 = 1.5; L4 not worked.
        Assert.Equal(new DepthFigures("2026-10", 4, 6, 1.5m, 3, 1, false), depth.Total);
        Assert.Equal(new DepthFigures("amy", 2, 4, 2, 2, 0, false), depth.ByRep[0]);
        Assert.Equal(new DepthFigures("bob", 2, 2, 1, 1, 1, false), depth.ByRep[1]);
    }

    [Fact]
    public void DailyAggregates_KeptByTheWriter_EqualTheSameCountFromTheLeadRows()
    {
        var kept = _store.HandOffDays(October);
        var everyLead = _store.Leads(LeadMilestone.Created, Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2100, 1, 1, 0, 0));
        var counted = HandOffDay.Sum(everyLead.SelectMany(l => LeadFollowUp.Of(l).Days(NewYork)).Where(d => d.Day.ToYearMonth() == October.Month));

        Assert.Equal(counted, kept);
        Assert.Equal(6, kept.Sum(d => d.HandedOff));
        Assert.Equal(Duration.FromMinutes(240), kept.Aggregate(Duration.Zero, (sum, d) => sum + d.SpeedTotal));
    }

    [Fact]
    public void Track_ANewZone_FillsItsAggregatesFromEveryLead()
    {
        var kathmandu = new MonthSpan(new YearMonth(2026, 10), DateTimeZoneProviders.Tzdb["Asia/Kathmandu"]);
        var counted = _store.HandOffDays(kathmandu); // not kept yet: counted from the lead rows

        _store.Track(kathmandu.Zone);

        Assert.Contains("Asia/Kathmandu", _store.Zones());
        Assert.Equal(counted, _store.HandOffDays(kathmandu));
        // UTC+5:45: L7's hand-off (03:00 UTC on 1 October) is 08:45 on 1 October, L5's (03:30 UTC on 1 November) November's.
        Assert.Equal(6, counted.Sum(d => d.HandedOff));
    }

    [Fact]
    public void Status_October_SplitsTheLeadsCreatedInTheMonthByStatusNow()
    {
        var status = _book.Status(October);

        Assert.Equal(8, status.Leads);
        var counts = status.Statuses.ToDictionary(s => s.Status, s => s.Leads);
        Assert.Equal((1L, 1L, 1L, 2L, 0L, 0L, 2L, 1L), (counts[LeadStatus.New], counts[LeadStatus.Open], counts[LeadStatus.InProgress],
            counts[LeadStatus.Connected], counts[LeadStatus.Qualified], counts[LeadStatus.UnableToQualify], counts[LeadStatus.Disqualified], counts[LeadStatus.Recycled]));
        Assert.Equal(0.25m, status.Statuses.Single(s => s.Status == LeadStatus.Connected).Share);
        Assert.Equal(1, _book.Status(October, new ReportFilter(Source: "organic_search")).Statuses.Single(s => s.Status == LeadStatus.Recycled).Leads);
    }

    [Fact]
    public void Sources_October_FollowsTheMonthsLeadsThroughTheFunnel()
    {
        var sources = _book.Sources(October);

        var organic = sources.Sources.Single(s => s.Source == "organic_search");
        Assert.Equal(new FunnelFigures("organic_search", 100, 2, 2, 1, 1, 0.02m, 1m, 0.5m, 1m, 0.5m), organic);
        Assert.Equal((1L, 1L, 0L), (sources.Sources.Single(s => s.Source == "referral").Leads, sources.Sources.Single(s => s.Source == "referral").Mqls, sources.Sources.Single(s => s.Source == "referral").Sqls));
        Assert.Equal((1L, 0L), (sources.Sources.Single(s => s.Source == "social_media").Leads, sources.Sources.Single(s => s.Source == "social_media").Mqls));
        Assert.Equal(1, sources.Sources.Single(s => s.Source == "other").Leads); // L6 has no source
        Assert.Equal(new FunnelFigures("all", 110, 8, 7, 2, 2, 0.0727m, 0.875m, 0.2857m, 1m, 0.25m), sources.Total);
        Assert.Equal(["/contact", "/landing/demo", "/pricing", "/blog/sla-guide#cta"], sources.Assets.Select(a => a.Asset));
        Assert.Equal(new AssetFigures("/landing/demo", "landing_page", 2, 1, 0.5m), sources.Assets[1]);
        Assert.Equal("blog_post", sources.Assets[3].Kind);
    }

    [Fact]
    public void ClosedLoop_October_AcceptedRejectedAndRecycled()
    {
        var loop = _book.ClosedLoop(October);

        Assert.Equal(new DecisionFigures("all", 6, 1, 1, 4, 0.1667m, 0.1667m), loop.Total);
        Assert.Equal(new DecisionFigures("referral", 1, 0, 1, 0, 0m, 1m), loop.BySource.Single(s => s.Key == "referral"));
        Assert.Equal([new ReasonCount("no budget", 1)], loop.RejectedByReason);
        Assert.Equal(1, loop.Recycled);
        Assert.Equal([new ReasonCount("no response", 1)], loop.RecycledByReason);
        Assert.Equal([new ReasonCount("awareness", 1)], loop.RecycledByTrack);
    }

    [Fact]
    public void Metrics_October_RecomputesTheCalculatorInputs()
    {
        var agreed = new LeadGoalInputs(5000, 1, 100, 0.5m);

        var october = _book.Metrics(October, 2, agreed).Months[1];

        Assert.Equal((6L, 1L, 1000m, 1000m, 1500m, 19m), (october.MarketingLeads, october.BecameCustomers, october.RevenueFromThem,
            october.MarketingRevenueClosed, october.TotalRevenueClosed, october.AverageSalesCycleDays));
        var recalculated = october.Recalculated!;
        Assert.Equal(1000m, recalculated.DealSize.Value); // 1000 ÷ 1
        // Close rate 1 ÷ 6, share 1000 ÷ 1500: ⌈5000 × ⅔ ÷ 1000⌉ = 4 customers ÷ ⅙ = 24 leads, against the agreed 100.
        Assert.Equal(24, recalculated.Implied.LeadsNeeded);
        Assert.Equal(100, recalculated.Agreed.LeadsNeeded);
    }

    [Fact]
    public void Open_RowsOfAnOlderProjection_AreReprojectedWithTheirMilestonesAndAggregates()
    {
        var before = _book.Speed(October);
        using (var connection = _db.Database.Connect())
        using (var command = connection.CreateCommand())
        {
            // A database from before the milestone columns and the hand-off rows: the rows have none, the aggregates are
            // cleared and the rows have an older projected version.
            command.CommandText = "UPDATE leads SET first_attempt_ticks = NULL, attempts = 0, connected_ticks = NULL, hand_offs = NULL, projected_version = 0; " +
                "DELETE FROM lead_handoffs; DELETE FROM report_days";
            command.ExecuteNonQuery();
        }

        Assert.Empty(_book.Speed(October).Leads);

        var reopened = Pactum.Storage.Database.SqliteDatabase.Open(_db.Database.Path);
        var after = new ReportBook(new ReportStore(reopened), new VisitStore(reopened), _db.Clock);

        Assert.Equal(before.Total, after.Speed(October).Total);
        Assert.Equal(new DepthFigures("2026-10", 4, 6, 1.5m, 3, 1, null), after.Depth(October).Total);
        Assert.Equal(6, new ReportStore(reopened).HandOffDays(October).Sum(d => d.HandedOff)); // the kept aggregates, counted again
    }
}
