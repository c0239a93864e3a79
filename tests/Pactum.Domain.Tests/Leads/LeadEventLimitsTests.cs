using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Domain.Leads.Import;

namespace Pactum.Domain.Tests.Leads;

public sealed class LeadEventLimitsTests
{
    private static readonly LeadEvent Good = new() { EventId = "e1", LeadId = "L1", Type = LeadEventType.LeadCreated, OccurredAt = Instant.FromUtc(2026, 10, 1, 9, 0) };

    [Fact]
    public void Problems_AnOrdinaryEvent_HasNone()
    {
        Assert.Null(LeadEventLimits.Problems(Good));
    }

    [Theory]
    [InlineData("lead_id", 201, "lead_id: is 201 characters long; at most 200 are taken")] // one character past the id bound
    [InlineData("owner", 1_000_000, "owner: is 1,000,000 characters long; at most 200 are taken")] // the megabyte owner that made a page 34 MB
    [InlineData("reason", 2_001, "reason: is 2,001 characters long; at most 2,000 are taken")] // free text has a larger bound
    public void Problems_OverlongField_NamesTheFieldAndTheBound(string field, int length, string expected)
    {
        var text = new string('x', length);
        var e = field switch
        {
            "lead_id" => Good with { LeadId = text },
            "owner" => Good with { Owner = text },
            _ => Good with { Reason = text },
        };

        Assert.Equal(expected, LeadEventLimits.Problems(e));
    }

    [Fact]
    public void Problems_ControlCharacterInAnId_IsRefused()
    {
        Assert.Equal("event_id: holds the control character U+0000; write text without control characters", LeadEventLimits.Problems(Good with { EventId = "a\0b" }));
    }

    [Fact]
    public void Problems_InstantOutsideTheSupportedYears_IsRefused()
    {
        Assert.Equal("occurred_at: '9000-01-01T00:00:00Z' is outside the supported years 1900–2199", LeadEventLimits.Problems(Good with { OccurredAt = Instant.FromUtc(9000, 1, 1, 0, 0) }));
    }

    [Fact]
    public void RowMapping_Of_EventOutOfBounds_RejectsTheRow()
    {
        var mapping = RowMapping.Of(Good, Good with { EventId = "e2", Persona = new string('p', 201) });

        Assert.True(mapping.IsRejected);
        Assert.Empty(mapping.Events);
        Assert.Equal("persona: is 201 characters long; at most 200 are taken", mapping.Error);
    }
}
