using System.Text;
using Pactum.Domain.Leads;
using Pactum.Domain.Leads.Import;
using Pactum.Storage.Leads;
using static Pactum.Storage.Tests.Leads.LeadHistories;

namespace Pactum.Storage.Tests.Leads;

/// <summary>
/// The import as it runs on large files: rows read on one thread and appended on another, committed in chunks with
/// their leads' projections. Small chunks make every path of a large file show up in a small one.
/// </summary>
public sealed class EventImportChunksTests : IDisposable
{
    private const string Header = "event_id,lead_id,type,occurred_at,source,owner,persona,amount,channel,outcome,reason";

    private readonly TempDatabase _db = new();
    private readonly EventLog _log;
    private readonly LeadStore _leads;

    public EventImportChunksTests()
    {
        _log = new EventLog(_db.Database, _db.Clock);
        _leads = new LeadStore(_db.Database);
    }

    public void Dispose() => _db.Dispose();

    private ImportReport Import(string csv, int chunkSize, Action<RejectedRow>? onRejected = null, Action<ImportProgress>? progress = null, IEventRowMapper? mapper = null) =>
        new EventImporter(_log, chunkSize).Import(new StringReader(csv), _ => new LayoutChoice(mapper ?? new GenericEventMapper(), null), progress, onRejected);

    private static string Csv(IEnumerable<LeadEvent> events)
    {
        var text = new StringWriter();
        EventCsvWriter.Write(text, events);
        return text.ToString();
    }

    [Theory]
    [InlineData(1)] // every event its own chunk
    [InlineData(2)] // the conflict with line 2 comes in a later chunk; the one with line 6 in the same chunk
    [InlineData(EventImporter.ChunkSize)] // one chunk
    public void Import_RowsRejectedByMappingAndByTheLog_AreReportedInLineOrder(int chunkSize)
    {
        const string csv = $"""
            {Header}
            e1,L1,lead_created,2026-10-01T09:00:00Z,,,,,,,
            e2,L1,bogus,2026-10-01T09:10:00Z,,,,,,,
            e3,L1,mql,2026-10-01T09:30:00Z,,,,,,,
            e1,L1,mql,2026-10-01T09:00:00Z,,,,,,,
            e4,L1,handed_off,2026-10-01T10:00:00Z,,Ann,,,,,
            e4,L1,attempt,2026-10-01T10:00:00Z,,Ann,,,phone,,
            ,L1,attempt,2026-10-01T10:30:00Z,,,,,phone,,
            e5,L1,attempt,2026-10-01T11:00:00Z,,Ann,,,phone,no answer,
            """;
        var rejected = new List<RejectedRow>();

        var report = Import(csv, chunkSize, rejected.Add);

        Assert.Equal([3, 5, 7, 8], rejected.Select(r => r.Line));
        Assert.Contains("not an event type", rejected[0].Reason, StringComparison.Ordinal);
        Assert.Contains("different content (type differ)", rejected[1].Reason, StringComparison.Ordinal);
        Assert.Contains("different content (type, channel differ)", rejected[2].Reason, StringComparison.Ordinal);
        Assert.Contains("event_id: is required", rejected[3].Reason, StringComparison.Ordinal);
        Assert.Equal(rejected, report.Rejected);
        Assert.Equal(new AppendTotals(4, 0, 4), report.Totals);
        Assert.Equal(8, report.Rows);
        var lead = _leads.Find("L1")!;
        Assert.Equal((4, "e5", LeadStatus.InProgress), (lead.EventCount, lead.LastEventId, lead.Status));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(EventImporter.ChunkSize)]
    public void Import_SameEventWithinAndAcrossChunks_IsTakenOnce(int chunkSize)
    {
        const string csv = $"""
            {Header}
            e1,L1,lead_created,2026-10-01T09:00:00Z,,,,,,,
            e1,L1,lead_created,2026-10-01T09:00:00Z,,,,,,,
            e2,L1,mql,2026-10-01T09:30:00Z,,,,,,,
            e1,L1,lead_created,2026-10-01T09:00:00Z,,,,,,,
            e2,L1,mql,2026-10-01T09:30:00Z,,,,,,,
            e3,L1,handed_off,2026-10-01T10:00:00Z,,Ann,,,,,
            """;

        var report = Import(csv, chunkSize);

        Assert.Equal(new AppendTotals(3, 3, 0), report.Totals);
        Assert.Equal(["e1", "e2", "e3"], _log.EventsOf("L1").Select(r => r.Event.EventId));
        var summary = Assert.Single(_leads.List(new LeadQuery()).Leads);
        Assert.Equal((3, LeadStatus.Open, "Ann"), (summary.Events, summary.Status, summary.Owner));
    }

    [Fact]
    public void Import_ShuffledFileInSmallChunks_EqualsOneOrderedDelivery()
    {
        var events = Messy(1000);
        var random = new Random(7);
        var csv = Csv(events.OrderBy(_ => random.Next())); // late and out-of-order events in every chunk

        var report = Import(csv, chunkSize: 137);
        var again = Import(csv, chunkSize: 137);

        Assert.Equal(new AppendTotals(1000, 0, 0), report.Totals);
        Assert.Equal(new AppendTotals(0, 1000, 0), again.Totals);
        AssertLeadsAsIfDeliveredInOrder(events);
    }

    [Fact]
    public void Import_LeadsAlreadyInTheLog_AreContinuedFromIt()
    {
        var events = Messy(1000);
        _log.Append(events.Where((_, i) => i % 3 == 0).ToList()); // the API had a third of the facts, of most leads

        var report = Import(Csv(events.Where((_, i) => i % 3 != 0)), chunkSize: 50);

        Assert.Equal(new AppendTotals(666, 0, 0), report.Totals);
        AssertLeadsAsIfDeliveredInOrder(events);
    }

    [Fact]
    public void ImportSession_LeadChangedByAnotherWriterBetweenChunks_IsProjectedFromTheLog()
    {
        using var session = _log.BeginImport();
        session.Append([E("e1", LeadEventType.LeadCreated, 0), E("e2", LeadEventType.HandedOff, 10, owner: "Ann")]);
        _log.Append([E("api", LeadEventType.Attempt, 20, owner: "Ann")]); // the session's memory of L1 is now stale

        session.Append([E("e3", LeadEventType.Connected, 30)]);

        var lead = _leads.Find("L1")!;
        var summary = Assert.Single(_leads.List(new LeadQuery()).Leads);
        Assert.Equal((4, LeadStatus.Connected), (summary.Events, summary.Status));
        Assert.Equal(Whole(lead), Whole(LeadProjection.Project("L1", _log.EventsOf("L1").Select(r => r.Event))));
    }

    [Fact]
    public void Import_Progress_HearsAfterEveryChunk()
    {
        var heard = new List<(long Rows, int Taken)>();

        Import(Csv(Messy(5)), chunkSize: 2, progress: p => heard.Add((p.Rows, p.Totals.Taken)));

        Assert.Equal([(2L, 2), (4L, 4), (5L, 5)], heard);
    }

    [Fact]
    public void Import_AppendingSideFails_StopsReadingAndKeepsTheChunksCommitted()
    {
        var csv = new StringBuilder(Header).AppendLine()
            .AppendLine("e1,L1,lead_created,2026-10-01T09:00:00Z,,,,,,,")
            .AppendLine("e2,L1,mql,2026-10-01T09:30:00Z,,,,,,,")
            .AppendLine("e3,L1,handed_off,2026-10-01T10:00:00Z,,Ann,,,,,")
            .AppendLine("e4,L1,bogus,2026-10-01T10:30:00Z,,,,,,,");
        for (var i = 0; i < 20_000; i++)
        {
            csv.AppendLine($"x{i},L2,attempt,2026-10-02T09:00:00Z,,,,,,,");
        }

        var failure = Assert.Throws<InvalidOperationException>(() => Import(csv.ToString(), chunkSize: 2, onRejected: _ => throw new InvalidOperationException("disk full")));

        Assert.Equal("disk full", failure.Message);
        Assert.Equal(2, _log.Count()); // the chunk in flight (e3 …) was rolled back
        Assert.Equal(2, _leads.Find("L1")!.EventCount);
    }

    [Fact]
    public void Import_ReadingSideFails_ThrowsAndKeepsTheChunksCommitted()
    {
        var csv = Csv(Messy(10));

        var failure = Assert.Throws<FormatException>(() => Import(csv, chunkSize: 3, mapper: new FailingOn("ev00007")));

        Assert.Equal("ev00007", failure.Message);
        Assert.Equal(6, _log.Count());
    }

    private void AssertLeadsAsIfDeliveredInOrder(List<LeadEvent> events)
    {
        using var ordered = new TempDatabase();
        new EventLog(ordered.Database, ordered.Clock).Append(events);
        var expected = new LeadStore(ordered.Database);
        Assert.Equal(expected.List(new LeadQuery { Take = 1000 }).Leads, _leads.List(new LeadQuery { Take = 1000 }).Leads);
        Assert.All(expected.List(new LeadQuery { Take = 1000 }).Leads, s => Assert.Equal(Whole(expected.Find(s.LeadId)!), Whole(_leads.Find(s.LeadId)!)));
    }

    /// <summary>The generic layout, failing (a bug, not a bad row) on the row of one event.</summary>
    private sealed class FailingOn(string eventId) : IEventRowMapper
    {
        private readonly GenericEventMapper _generic = new();

        public string Format => _generic.Format;

        public IReadOnlyList<string> CheckHeader(IReadOnlyList<string> headers) => _generic.CheckHeader(headers);

        public RowMapping Map(CsvRow row) => row["event_id"] == eventId ? throw new FormatException(eventId) : _generic.Map(row);
    }
}
