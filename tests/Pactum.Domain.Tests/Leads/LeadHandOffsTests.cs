using NodaTime;
using Pactum.Domain.Leads;

namespace Pactum.Domain.Tests.Leads;

public sealed class LeadHandOffsTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static LeadHandOff At(int month, int day, int hour, int? attemptDay = null) =>
        new(Instant.FromUtc(2026, month, day, hour, 0), attemptDay is { } a ? Instant.FromUtc(2026, month, a, hour, 0) : null);

    [Fact]
    public void FirstInMonths_KeepsTheFirstHandOffOfEachLocalMonth()
    {
        // 10 Sep, 1 Oct 03:00 UTC (30 Sep 23:00 in New York), 2 Oct, 20 Oct, 3 Nov.
        var handOffs = new LeadHandOffs([At(9, 10, 14), At(10, 1, 3), At(10, 2, 14), At(10, 20, 14), At(11, 3, 14)]);

        Assert.Equal([handOffs[0], handOffs[2], handOffs[4]], handOffs.FirstInMonths(NewYork));
        Assert.Equal([handOffs[0], handOffs[1], handOffs[4]], handOffs.FirstInMonths(DateTimeZone.Utc));
    }

    [Fact]
    public void Equals_ComparesTheHandOffsByValue()
    {
        Assert.Equal(new LeadHandOffs([At(10, 1, 14, 2)]), new LeadHandOffs([At(10, 1, 14, 2)]));
        Assert.Equal(new LeadHandOffs([At(10, 1, 14, 2)]).GetHashCode(), new LeadHandOffs([At(10, 1, 14, 2)]).GetHashCode());
        Assert.NotEqual(new LeadHandOffs([At(10, 1, 14, 2)]), new LeadHandOffs([At(10, 1, 14)]));
        Assert.NotEqual(LeadHandOffs.None, new LeadHandOffs([At(10, 1, 14)]));
    }

    [Fact]
    public void New_HandOffsOutOfOrder_Throws() =>
        Assert.Throws<ArgumentException>(() => new LeadHandOffs([At(10, 2, 14), At(10, 1, 14)]));

    [Fact]
    public void Summarize_EachHandOffGetsTheFirstAttemptAtOrAfterIt()
    {
        var summary = LeadProjection.Summarize("L1",
        [
            new LeadEvent { EventId = "c", LeadId = "L1", Type = LeadEventType.LeadCreated, OccurredAt = Instant.FromUtc(2026, 9, 1, 12, 0) },
            new LeadEvent { EventId = "h1", LeadId = "L1", Type = LeadEventType.HandedOff, OccurredAt = Instant.FromUtc(2026, 9, 10, 14, 0) },
            new LeadEvent { EventId = "a1", LeadId = "L1", Type = LeadEventType.Attempt, OccurredAt = Instant.FromUtc(2026, 9, 11, 14, 0) },
            new LeadEvent { EventId = "h2", LeadId = "L1", Type = LeadEventType.HandedOff, OccurredAt = Instant.FromUtc(2026, 10, 1, 14, 0) },
            new LeadEvent { EventId = "h3", LeadId = "L1", Type = LeadEventType.HandedOff, OccurredAt = Instant.FromUtc(2026, 10, 2, 14, 0) },
            new LeadEvent { EventId = "a2", LeadId = "L1", Type = LeadEventType.Attempt, OccurredAt = Instant.FromUtc(2026, 10, 5, 14, 0) },
            new LeadEvent { EventId = "h4", LeadId = "L1", Type = LeadEventType.HandedOff, OccurredAt = Instant.FromUtc(2026, 11, 1, 14, 0) },
        ]);

        Assert.Equal(new LeadHandOffs([At(9, 10, 14, 11), At(10, 1, 14, 5), At(10, 2, 14, 5), At(11, 1, 14)]), summary.Milestones.HandOffs);
        Assert.Equal(Instant.FromUtc(2026, 9, 11, 14, 0), summary.Milestones.FirstAttempt);
    }
}
