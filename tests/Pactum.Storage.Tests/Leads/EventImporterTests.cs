using Pactum.Domain.Leads.Import;
using Pactum.Storage.Leads;

namespace Pactum.Storage.Tests.Leads;

public sealed class EventImporterTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly EventImporter _importer;

    public EventImporterTests() => _importer = new EventImporter(new EventLog(_db.Database, _db.Clock));

    public void Dispose() => _db.Dispose();

    private ImportReport Import(string csv, List<RejectedRow>? rejected = null) =>
        _importer.Import(new StringReader(csv), _ => new LayoutChoice(new GenericEventMapper(), null), onRejected: r => rejected?.Add(r));

    [Fact]
    public void Import_BadRows_TakesTheGoodOnesAndReportsEachBadOneWithItsLine()
    {
        const string csv = """
            event_id,lead_id,type,occurred_at,source,owner,persona,amount,channel,outcome,reason
            e1,L1,lead_created,2026-10-01T09:00:00Z,organic search,,,,,,
            e2,L1,handed_of,2026-10-01T10:00:00Z,,Ann,,,,,
            e3,L1,handed_off,2026-10-01T10:00:00Z,,Ann,,,,,
            e4,,attempt,2026-10-01T11:00:00Z,,,,,phone,no answer,
            e5,L1,attempt,yesterday,,,,,phone,no answer,
            e6,L1,attempt,2026-10-01T11:30:00-04:00,,,,,phone,left message,
            """;
        var rejected = new List<RejectedRow>();

        var report = Import(csv, rejected);

        Assert.Equal(new AppendTotals(3, 0, 3), report.Totals);
        Assert.Equal([3, 5, 6], rejected.Select(r => r.Line));
        Assert.Contains("did you mean 'handed_off'?", rejected[0].Reason, StringComparison.Ordinal);
        Assert.Contains("lead_id: is required", rejected[1].Reason, StringComparison.Ordinal);
        Assert.Contains("occurred_at", rejected[2].Reason, StringComparison.Ordinal);
        Assert.Equal(rejected, report.Rejected);
    }

    [Fact]
    public void Import_SameFileTwice_TakesNothingTheSecondTime()
    {
        const string csv = "event_id,lead_id,type,occurred_at\ne1,L1,lead_created,2026-10-01T09:00:00Z\ne2,L1,mql,2026-10-01T09:30:00Z\n";

        Import(csv);
        var second = Import(csv);

        Assert.Equal(new AppendTotals(0, 2, 0), second.Totals);
    }

    [Fact]
    public void Import_ConflictingRow_IsRejectedWithItsLine()
    {
        Import("event_id,lead_id,type,occurred_at\ne1,L1,lead_created,2026-10-01T09:00:00Z\n");
        var rejected = new List<RejectedRow>();

        var report = Import("event_id,lead_id,type,occurred_at\ne2,L1,mql,2026-10-01T09:30:00Z\ne1,L1,mql,2026-10-01T09:00:00Z\n", rejected);

        Assert.Equal(new AppendTotals(1, 0, 1), report.Totals);
        Assert.Equal(3, Assert.Single(rejected).Line);
        Assert.Contains("different content", rejected[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WrongHeader_RefusesTheWholeFile()
    {
        var report = Import("id,lead,type,when\ne1,L1,lead_created,2026-10-01T09:00:00Z\n");

        Assert.True(report.IsRefused);
        Assert.Contains("event_id, lead_id, occurred_at", Assert.Single(report.Refusal), StringComparison.Ordinal);
        Assert.Equal(0, new EventLog(_db.Database, _db.Clock).Count());
    }

    [Fact]
    public void Import_ExtraColumns_AreIgnored()
    {
        var report = Import("note,event_id,lead_id,type,occurred_at,colour\nhello,e1,L1,lead_created,2026-10-01T09:00:00Z,blue\n");

        Assert.Equal(new AppendTotals(1, 0, 0), report.Totals);
    }
}
