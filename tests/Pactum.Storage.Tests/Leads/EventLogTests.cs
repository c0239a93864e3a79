using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Storage.Leads;
using static Pactum.Storage.Tests.Leads.LeadHistories;

namespace Pactum.Storage.Tests.Leads;

public sealed class EventLogTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly EventLog _log;
    private readonly LeadStore _leads;

    public EventLogTests()
    {
        _log = new EventLog(_db.Database, _db.Clock);
        _leads = new LeadStore(_db.Database);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Append_SameEventTwice_IsADuplicate()
    {
        _log.Append([E("e1", LeadEventType.LeadCreated, 0)]);

        var again = _log.Append([E("e1", LeadEventType.LeadCreated, 0)]);

        Assert.Equal(AppendOutcome.Duplicate, Assert.Single(again).Outcome);
        Assert.Equal(1, _log.Count());
        Assert.Equal(1, _leads.Find("L1")!.EventCount);
    }

    [Fact]
    public void Append_SameIdOtherContent_IsRejectedAsAConflict()
    {
        _log.Append([E("e1", LeadEventType.Attempt, 0)]);

        var conflict = Assert.Single(_log.Append([E("e1", LeadEventType.Connected, 0)]));

        Assert.Equal(AppendOutcome.Rejected, conflict.Outcome);
        Assert.Contains("received before with different content (type differ)", conflict.Reason, StringComparison.Ordinal);
        Assert.Equal(LeadEventType.Attempt, Assert.Single(_log.EventsOf("L1")).Event.Type);
    }

    [Fact]
    public void Append_DuplicateInsideOneBatch_IsTakenOnce()
    {
        var outcomes = _log.Append([E("e1", LeadEventType.LeadCreated, 0), E("e1", LeadEventType.LeadCreated, 0)]);

        Assert.Equal([AppendOutcome.Taken, AppendOutcome.Duplicate], outcomes.Select(o => o.Outcome));
    }

    [Fact]
    public void Append_LateEvent_ReplaysTheLead()
    {
        _log.Append([E("e1", LeadEventType.LeadCreated, 0), E("e3", LeadEventType.HandedOff, 60, owner: "Ann"), E("e4", LeadEventType.Qualified, 180)]);

        _log.Append([E("e2", LeadEventType.Mql, 30)]); // happened before the hand-off, arrived after everything

        var lead = _leads.Find("L1")!;
        Assert.Equal(4, lead.EventCount);
        Assert.Equal(Instant.FromUtc(2026, 10, 5, 13, 30), lead.MqlAt);
        Assert.Equal("e4", lead.LastEventId);
        Assert.Equal(LeadStatus.Qualified, lead.Status);
    }

    [Fact]
    public void Append_ThousandEventsThreeTimesShuffled_EqualsOneOrderedDelivery()
    {
        var events = LeadHistories.Messy(1000);
        using var ordered = new TempDatabase();
        new EventLog(ordered.Database, ordered.Clock).Append(events);

        var random = new Random(7);
        for (var delivery = 0; delivery < 3; delivery++)
        {
            var shuffled = events.OrderBy(_ => random.Next()).ToList();
            foreach (var batch in shuffled.Chunk(137))
            {
                _log.Append(batch);
            }
        }

        Assert.Equal(events.Count, _log.Count());
        var expected = new LeadStore(ordered.Database).List(new LeadQuery { Take = 1000 }).Leads;
        var actual = _leads.List(new LeadQuery { Take = 1000 }).Leads;
        Assert.Equal(expected, actual);
        // The whole projected lead (history, attempts, anomalies) is the same.
        Assert.All(expected, s => Assert.Equal(LeadHistories.Whole(new LeadStore(ordered.Database).Find(s.LeadId)!), LeadHistories.Whole(_leads.Find(s.LeadId)!)));
    }

    [Fact]
    public void List_Filters_ByStatusOwnerAndHandOffMonth()
    {
        _log.Append(
        [
            E("a1", LeadEventType.LeadCreated, 0, "A"), E("a2", LeadEventType.HandedOff, 10, "A", "Ann"),
            E("b1", LeadEventType.LeadCreated, 0, "B"), E("b2", LeadEventType.HandedOff, 10, "B", "Bo"), E("b3", LeadEventType.Attempt, 20, "B"),
            E("c1", LeadEventType.LeadCreated, 0, "C"),
        ]);

        Assert.Equal(["B"], _leads.List(new LeadQuery { Status = LeadStatus.InProgress }).Leads.Select(l => l.LeadId));
        Assert.Equal(["A"], _leads.List(new LeadQuery { Owner = "Ann" }).Leads.Select(l => l.LeadId));
        Assert.Equal(2, _leads.List(new LeadQuery { HandedOffFrom = Instant.FromUtc(2026, 10, 1, 0, 0), HandedOffTo = Instant.FromUtc(2026, 11, 1, 0, 0) }).Total);
        Assert.Equal(0, _leads.List(new LeadQuery { HandedOffFrom = Instant.FromUtc(2026, 11, 1, 0, 0) }).Total);
        Assert.Equal(1, _leads.CountByStatus(new LeadQuery())[LeadStatus.New]);
    }
}
