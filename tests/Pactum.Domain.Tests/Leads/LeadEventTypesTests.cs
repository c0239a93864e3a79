using Pactum.Domain.Leads;

namespace Pactum.Domain.Tests.Leads;

public sealed class LeadEventTypesTests
{
    [Theory]
    [InlineData("handed_off", LeadEventType.HandedOff)] // as SPEC I4 writes it
    [InlineData("DEAL_WON", LeadEventType.DealWon)] // any case
    [InlineData(" lead_created ", LeadEventType.LeadCreated)] // spaces around
    public void TryParse_WrittenName_ReadsTheType(string text, LeadEventType expected)
    {
        Assert.True(LeadEventTypes.TryParse(text, out var type, out _));
        Assert.Equal(expected, type);
    }

    [Fact]
    public void TryParse_Typo_SuggestsTheType()
    {
        Assert.False(LeadEventTypes.TryParse("handed_of", out _, out var error));
        Assert.Contains("did you mean 'handed_off'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void All_HoldsEveryTypeOfSpecI4()
    {
        string[] spec = ["lead_created", "mql", "handed_off", "accepted", "rejected", "attempt", "connected", "qualified", "unqualifiable", "disqualified", "recycled", "deal_won", "deal_lost"];

        Assert.All(spec, name => Assert.Contains(name, LeadEventTypes.All));
    }

    [Theory]
    [InlineData("Organic Search", "organic_search")] // HubSpot's label
    [InlineData("email", "email_marketing")] // an alias
    [InlineData("paid-search", "paid_search")] // hyphens
    [InlineData("Referrals", "referral")] // plural
    public void Sources_TryParse_ReadsSpellings(string text, string expected)
    {
        Assert.True(LeadSources.TryParse(text, out var source, out _));
        Assert.Equal(expected, source);
    }

    [Fact]
    public void Sources_Unknown_ListsTheSources()
    {
        Assert.False(LeadSources.TryParse("carrier pigeon", out _, out var error));
        Assert.Contains("organic_search, referral", error, StringComparison.Ordinal);
    }
}
