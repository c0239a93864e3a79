using System.Text;
using Pactum.Domain.Leads;
using Pactum.Storage.Leads;
using static Pactum.Storage.Tests.Leads.LeadHistories;

namespace Pactum.Storage.Tests.Leads;

public sealed class WebhookDeliveryTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly EventLog _log;

    public WebhookDeliveryTests() => _log = new EventLog(_db.Database, _db.Clock);

    public void Dispose() => _db.Dispose();

    private static WebhookDelivery Delivery(string id, string body) => WebhookDelivery.Of(id, Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Receive_SameIdSameBody_IsADuplicateThatChangesNothing()
    {
        _log.Receive([E("e1", LeadEventType.LeadCreated, 0)], Delivery("msg_1", "body"));

        var again = _log.Receive([E("e1", LeadEventType.LeadCreated, 0)], Delivery("msg_1", "body"));

        Assert.Equal(DeliveryState.Duplicate, again.State);
        Assert.Equal(AppendOutcome.Duplicate, Assert.Single(again.Outcomes).Outcome);
        Assert.Equal(_db.Clock.GetCurrentInstant(), again.FirstReceivedAt);
        Assert.Equal(1, _log.Count());
    }

    [Fact]
    public void Receive_SameIdOtherBody_IsAConflictThatAppendsNothing()
    {
        _log.Receive([E("e1", LeadEventType.LeadCreated, 0)], Delivery("msg_1", "body"));

        var other = _log.Receive([E("e2", LeadEventType.Attempt, 10)], Delivery("msg_1", "other body"));

        Assert.Equal(DeliveryState.Conflict, other.State);
        Assert.Empty(other.Outcomes);
        Assert.Equal(1, _log.Count());
    }

    [Fact]
    public void Receive_EveryEventRejected_LeavesTheIdFree()
    {
        _log.Append([E("e1", LeadEventType.Attempt, 0)]);
        var rejected = _log.Receive([E("e1", LeadEventType.Connected, 0)], Delivery("msg_1", "conflicting event"));

        var retry = _log.Receive([E("e2", LeadEventType.Connected, 0)], Delivery("msg_1", "corrected"));

        Assert.Equal(DeliveryState.Rejected, rejected.State);
        Assert.Equal(DeliveryState.Taken, retry.State);
        Assert.Equal(AppendOutcome.Taken, Assert.Single(retry.Outcomes).Outcome);
    }

    [Fact]
    public void Receive_OnlyKnownEvents_UsesUpTheId()
    {
        _log.Append([E("e1", LeadEventType.LeadCreated, 0)]);
        var known = _log.Receive([E("e1", LeadEventType.LeadCreated, 0)], Delivery("msg_1", "body"));

        var other = _log.Receive([E("e2", LeadEventType.Attempt, 10)], Delivery("msg_1", "other body"));

        Assert.Equal(DeliveryState.Taken, known.State);
        Assert.Equal(DeliveryState.Conflict, other.State);
    }

    [Fact]
    public void Receive_IdRecordedBeforeBodiesWereHashed_IsADuplicateWhateverTheBody()
    {
        using (var connection = _db.Database.Connect())
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO webhook_deliveries (delivery_id, received_ticks) VALUES ('msg_old', 0)";
            insert.ExecuteNonQuery();
        }

        var again = _log.Receive([E("e1", LeadEventType.LeadCreated, 0)], Delivery("msg_old", "any body"));

        Assert.Equal(DeliveryState.Duplicate, again.State);
        Assert.Equal(0, _log.Count());
    }

    [Fact]
    public void Of_SameBytes_SameHash()
    {
        var hash = Delivery("a", "{}").BodySha256;

        Assert.Equal("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", hash); // SHA-256 of "{}"
        Assert.NotEqual(hash, Delivery("a", "{ }").BodySha256);
    }
}
