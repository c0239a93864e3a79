using NodaTime;
using Pactum.Domain.Leads.Import;
using Pactum.Domain.Reports;
using Pactum.Domain.Time;
using Pactum.Storage.Leads;
using Pactum.Storage.Reports;
using Pactum.Testing;

namespace Pactum.Storage.Tests.Reports;

/// <summary>
/// Leads handed off more than once (SPEC I5): a lead counts in every month it was handed off in, on the day of its first
/// hand-off in that month, and its speed runs from that hand-off. Every figure is worked out by hand below.
/// </summary>
/// <remarks>
/// New York is EDT (UTC−4) all of September and October 2026.
/// R1: handed off 10 September (amy), recycled, handed off again 5 October 14:00 UTC (bob) and 20 October; attempt
///     5 October 15:00 UTC. September: day 10, 25 days 1 hour = 36,060 minutes to that attempt; October: day 5, 60.
/// R2: handed off 3 and 8 October (amy), attempt 9 October 14:00 UTC. October: day 3 only, 6 days = 8,640 minutes.
/// R3: handed off 1 October 03:00 UTC (30 September 23:00 in New York) and 2 October 14:00 UTC (amy), no attempt.
///     New York: 30 September and 2 October; UTC: 1 October only.
/// </remarks>
public sealed class HandOffMonthTests : IDisposable
{
    private const string Events = ReportMonthFixture.Header + """

        r1-c,R1,lead_created,2026-09-01T12:00:00Z,organic_search,,Manager,,,,,,
        r1-h1,R1,handed_off,2026-09-10T14:00:00Z,,amy,,,,,,,
        r1-r,R1,recycled,2026-09-20T14:00:00Z,,,,,,,no response,,awareness
        r1-h2,R1,handed_off,2026-10-05T14:00:00Z,,bob,,,,,,,
        r1-a,R1,attempt,2026-10-05T15:00:00Z,,bob,,,phone,no answer,,,
        r1-h3,R1,handed_off,2026-10-20T14:00:00Z,,bob,,,,,,,
        r2-c,R2,lead_created,2026-10-01T12:00:00Z,referral,,Manager,,,,,,
        r2-h1,R2,handed_off,2026-10-03T14:00:00Z,,amy,,,,,,,
        r2-h2,R2,handed_off,2026-10-08T14:00:00Z,,amy,,,,,,,
        r2-a,R2,attempt,2026-10-09T14:00:00Z,,amy,,,phone,no answer,,,
        r3-c,R3,lead_created,2026-09-30T20:00:00Z,referral,,Manager,,,,,,
        r3-h1,R3,handed_off,2026-10-01T03:00:00Z,,amy,,,,,,,
        r3-h2,R3,handed_off,2026-10-02T14:00:00Z,,amy,,,,,,,

        """;

    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly MonthSpan October = new(new YearMonth(2026, 10), NewYork);
    private static readonly MonthSpan September = new(new YearMonth(2026, 9), NewYork);
    private static readonly ReportFilter EveryLead = new(Persona: "Manager"); // a filter all of them pass: counted from the rows

    private readonly TempDatabase _db = new();
    private readonly ReportStore _store;
    private readonly ReportBook _book;
    private readonly EventImporter _importer;

    public HandOffMonthTests()
    {
        _store = new ReportStore(_db.Database);
        _store.Track(NewYork);
        _importer = new EventImporter(new EventLog(_db.Database, _db.Clock));
        Import(Events);
        _book = new ReportBook(_store, new VisitStore(_db.Database), _db.Clock);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Waterfall_LeadsHandedOffAgain_CountInEachMonthOnTheirFirstHandOffThere()
    {
        // October: R3 on day 2, R2 on day 3 (not again on day 8), R1 on day 5 (not again on day 20).
        Assert.Equal([0, 1, 2, 2, 3], _book.Waterfall(October, 100).Days.Take(5).Select(d => d.Actual));
        Assert.Equal(3, _book.Waterfall(October, 100).Days[^1].Actual);
        // September: R1 on day 10 and R3 at 23:00 on the 30th.
        var september = _book.Waterfall(September, 100).Days;
        Assert.Equal((0L, 1L, 1L, 2L), (september[8].Actual, september[9].Actual, september[28].Actual, september[29].Actual));
    }

    [Fact]
    public void Waterfall_InUtc_CountsR3OnceOnTheFirstOfOctober()
    {
        var utc = new MonthSpan(new YearMonth(2026, 10), DateTimeZone.Utc);

        Assert.Equal([1, 1, 2, 2, 3], _book.Waterfall(utc, 100).Days.Take(5).Select(d => d.Actual));
        Assert.Equal(3, _book.Waterfall(utc, 100).Days[^1].Actual);
    }

    [Fact]
    public void Speed_RunsFromTheFirstHandOffOfTheMonth()
    {
        var october = _book.Speed(October);
        var september = _book.Speed(September);

        Assert.Equal([("R2", 8640m), ("R1", 60m)], october.Leads.Select(l => (l.LeadId, l.Minutes)));
        Assert.Equal(["R3"], october.UntouchedLeads);
        Assert.Equal(4350m, october.Total.Average); // (8,640 + 60) ÷ 2
        Assert.Equal([("R1", 36060m)], september.Leads.Select(l => (l.LeadId, l.Minutes)));
        Assert.Equal(["R3"], september.UntouchedLeads);
    }

    [Fact]
    public void Depth_CountsEachLeadOnceInEveryMonthItWasHandedOffIn()
    {
        // October: R1 (1 attempt), R2 (1), R3 (0): 2 ÷ 3 = 0.67, two worked. September: R1 (1) and R3 (0).
        Assert.Equal(new DepthFigures("2026-10", 3, 2, 0.67m, 2, 1, null), _book.Depth(October).Total);
        Assert.Equal(new DepthFigures("2026-09", 2, 1, 0.5m, 1, 1, null), _book.Depth(September).Total);
    }

    [Fact]
    public void ClosedLoop_TakesEveryLeadHandedOffInTheMonth()
    {
        // October: R1 (handed off again), R2 and R3; September: R1, recycled that month, and R3. None decided yet.
        Assert.Equal((3L, 3L), (_book.ClosedLoop(October).Total.HandedOff, _book.ClosedLoop(October).Total.Undecided));
        Assert.Equal((2L, 1L), (_book.ClosedLoop(September).Total.HandedOff, _book.ClosedLoop(September).Recycled));
    }

    [Fact]
    public void DailyAggregates_EqualTheCountFromTheHandOffRows()
    {
        Assert.Equal(_store.HandOffDays(October, EveryLead), _store.HandOffDays(October));
        Assert.Equal(_store.HandOffDays(September, EveryLead), _store.HandOffDays(September));
        Assert.Equal(5, _store.HandOffDays(October).Concat(_store.HandOffDays(September)).Sum(d => d.HandedOff));
    }

    [Fact]
    public void LateEvents_AttemptAndReassignment_MoveSpeedAndOwnerInTheAggregates()
    {
        // R3's first attempt arrives late; R2 is handed off to cat in November (its owner now), R1 gets a late hand-off
        // on 1 October 12:00 UTC, which becomes its first in October.
        Import(ReportMonthFixture.Header + """

            r3-a,R3,attempt,2026-10-02T15:00:00Z,,amy,,,phone,no answer,,,
            r2-h3,R2,handed_off,2026-11-03T14:00:00Z,,cat,,,,,,,
            r1-h0,R1,handed_off,2026-10-01T12:00:00Z,,bob,,,,,,,

            """);

        var october = _book.Speed(October);
        // R1: 1 October 12:00 → 5 October 15:00 = 4 days 3 hours; R3: 60 minutes; R2 unchanged.
        Assert.Equal([("R1", 5940m), ("R3", 60m), ("R2", 8640m)], october.Leads.Select(l => (l.LeadId, l.Minutes)));
        Assert.Empty(october.UntouchedLeads);
        Assert.Equal(["bob", "cat"], october.ByRep.Where(r => r.Key != "amy").Select(r => r.Key));
        Assert.Equal(_store.HandOffDays(October, EveryLead), _store.HandOffDays(October));
        Assert.Equal(["amy", "bob", "cat"], _store.HandOffDays(October).Select(d => d.Owner).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal([1, 2, 3, 3, 3], _book.Waterfall(October, 100).Days.Take(5).Select(d => d.Actual));
        Assert.Equal(1, _book.Waterfall(new MonthSpan(new YearMonth(2026, 11), NewYork), 100).Days[^1].Actual);
    }

    private void Import(string csv)
    {
        var report = _importer.Import(new StringReader(csv), _ => new LayoutChoice(new GenericEventMapper(), null));
        Assert.Empty(report.Rejected);
    }
}
