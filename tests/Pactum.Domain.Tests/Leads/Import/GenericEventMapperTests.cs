using Pactum.Domain.Leads;
using Pactum.Domain.Leads.Import;

namespace Pactum.Domain.Tests.Leads.Import;

public sealed class GenericEventMapperTests
{
    private static readonly string[] Header = ["event_id", "lead_id", "type", "occurred_at", "source", "owner", "persona", "amount", "channel", "outcome", "reason"];
    private readonly GenericEventMapper _mapper = new();

    private static CsvRow Row(params string[] values) => CsvRow.Of(2, Header, values);

    [Fact]
    public void Map_FullRow_IsOneEvent()
    {
        var mapping = _mapper.Map(Row("e1", "L1", "deal_won", "2026-10-20T16:00:00-04:00", "Organic Search", "Kendra", "Manager", "120.50", "", "", ""));

        var e = Assert.Single(mapping.Events);
        Assert.Equal(LeadEventType.DealWon, e.Type);
        Assert.Equal(NodaTime.Instant.FromUtc(2026, 10, 20, 20, 0), e.OccurredAt);
        Assert.Equal("organic_search", e.Source);
        Assert.Equal(120.5m, e.Amount);
        Assert.Null(e.Channel); // empty cells are absent, not ""
    }

    [Theory]
    [InlineData(new[] { "", "L1", "attempt", "2026-10-20T16:00:00Z" }, "event_id: is required")] // no id
    [InlineData(new[] { "e1", "L1", "atempt", "2026-10-20T16:00:00Z" }, "did you mean 'attempt'?")] // a typo in the type
    [InlineData(new[] { "e1", "L1", "attempt", "2026-10-20 16:00" }, "occurred_at: '2026-10-20 16:00' is not an ISO-8601 instant")] // no offset
    [InlineData(new[] { "e1", "L1", "deal_won", "2026-10-20T16:00:00Z", "", "", "", "lots" }, "amount: 'lots' is not a number")] // a bad amount
    [InlineData(new[] { "e1", "L1", "attempt", "2026-10-20T16:00:00Z", "carrier pigeon" }, "source: 'carrier pigeon' is not a lead source")] // unknown source
    public void Map_BadRow_IsRejectedSayingWhy(string[] values, string message)
    {
        var mapping = _mapper.Map(Row(values));

        Assert.True(mapping.IsRejected);
        Assert.Contains(message, mapping.Error, StringComparison.Ordinal);
        Assert.Empty(mapping.Events);
    }

    [Fact]
    public void CheckHeader_MissingColumns_NamesThem()
    {
        var errors = _mapper.CheckHeader(["event_id", "type", "when"]);

        Assert.Contains("lead_id, occurred_at", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void CsvRows_QuotedCells_AreReadWithTheirLines()
    {
        using var reader = new StringReader("event_id,lead_id,type,occurred_at,reason\ne1,L1,rejected,2026-10-01T09:00:00Z,\"duplicate, already in CRM\"\ne2,L1,attempt,2026-10-01T10:00:00Z,\n");
        using var rows = new CsvRows(reader);

        var all = rows.Rows().ToList();

        Assert.Equal(["event_id", "lead_id", "type", "occurred_at", "reason"], rows.Headers);
        Assert.Equal([2, 3], all.Select(r => r.Line));
        Assert.Equal("duplicate, already in CRM", all[0]["reason"]);
        Assert.Null(all[1]["reason"]);
    }
}
