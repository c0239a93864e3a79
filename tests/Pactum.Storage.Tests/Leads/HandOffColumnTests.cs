using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Storage.Leads;

namespace Pactum.Storage.Tests.Leads;

public sealed class HandOffColumnTests
{
    [Fact]
    public void Format_ThenParse_GivesTheHandOffsBack()
    {
        var handOffs = new LeadHandOffs(
        [
            new LeadHandOff(Instant.FromUtc(1969, 12, 31, 23, 0), Instant.FromUtc(1970, 1, 1, 1, 0)), // before the epoch: negative ticks
            new LeadHandOff(Instant.FromUtc(2026, 10, 1, 14, 0), null),
        ]);

        var text = HandOffColumn.Format(handOffs);

        Assert.Equal("-36000000000:36000000000,17908632000000000", text);
        Assert.Equal(handOffs, HandOffColumn.Parse(text));
    }

    [Fact]
    public void Format_NoHandOffs_IsNull()
    {
        Assert.Null(HandOffColumn.Format(LeadHandOffs.None));
        Assert.Equal(LeadHandOffs.None, HandOffColumn.Parse(null));
    }
}
