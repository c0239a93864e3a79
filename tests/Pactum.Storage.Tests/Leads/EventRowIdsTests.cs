using Pactum.Domain.Leads;
using Pactum.Storage.Database;
using Pactum.Storage.Leads;
using static Pactum.Storage.Tests.Leads.LeadHistories;

namespace Pactum.Storage.Tests.Leads;

public sealed class EventRowIdsTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData(null, new long[] { 7, 12 }, "7,12")] // a new list
    [InlineData("", new long[] { 3 }, "3")] // an empty stored list
    [InlineData("1,2", new long[] { 40 }, "1,2,40")] // appended after the stored ones
    [InlineData("1,2", new long[0], "1,2")] // nothing added
    public void Append_ThenParse_RoundTrips(string? stored, long[] added, string expected)
    {
        var text = EventRowIds.Append(stored, added);

        Assert.Equal(expected, text);
        Assert.Equal(EventRowIds.Parse(stored).Concat(added), EventRowIds.Parse(text));
    }

    [Fact]
    public void Migration0003_RebuildingTheLists_GivesWhatTheWritersKept()
    {
        // Three writers' worth of deliveries: interleaved leads, a late event, a duplicate and an import session.
        var log = new EventLog(_db.Database, _db.Clock);
        log.Append([E("a1", LeadEventType.LeadCreated, 0), E("b1", LeadEventType.LeadCreated, 5, lead: "L2"), E("a2", LeadEventType.HandedOff, 60)]);
        log.Append([E("b2", LeadEventType.HandedOff, 70, lead: "L2"), E("a0", LeadEventType.Mql, 30), E("a2", LeadEventType.HandedOff, 60)]);
        using (var session = log.BeginImport())
        {
            session.Append([E("a3", LeadEventType.Attempt, 90), E("c1", LeadEventType.LeadCreated, 95, lead: "L3")]);
            session.Append([E("b3", LeadEventType.Attempt, 100, lead: "L2"), E("a4", LeadEventType.Connected, 120)]);
        }

        var kept = Lists();
        using (var connection = _db.Database.Connect())
        using (var rebuild = connection.CreateCommand())
        {
            rebuild.CommandText = MigrationLine("0003_lead_event_rowids.sql", "UPDATE leads SET event_rowids");
            rebuild.ExecuteNonQuery();
        }

        Assert.Equal(["L1", "L2", "L3"], kept.Keys.Order());
        Assert.Equal(kept, Lists());
        Assert.Equal(5, kept["L1"].Count);
    }

    /// <summary>Each lead's listed rowids, as a sorted list.</summary>
    private Dictionary<string, List<long>> Lists()
    {
        using var connection = _db.Database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT lead_id, event_rowids FROM leads";
        using var reader = command.ExecuteReader();
        var lists = new Dictionary<string, List<long>>();
        while (reader.Read())
        {
            lists[reader.GetString(0)] = [.. EventRowIds.Parse(reader.GetString(1)).Order()];
        }

        return lists;
    }

    private static string MigrationLine(string script, string start)
    {
        using var stream = typeof(SqliteDatabase).Assembly.GetManifestResourceStream("Pactum.Storage.Migrations.Sqlite." + script)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Single(l => l.StartsWith(start, StringComparison.Ordinal));
    }
}
