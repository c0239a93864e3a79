using Pactum.Domain.Leads.Demo;

namespace Pactum.Domain.Tests.Leads.Demo;

/// <summary>The demo's own random numbers: the same on every runtime, within the bounds asked.</summary>
public sealed class DemoRandomTests
{
    [Fact]
    public void NextBits_Seed42_GivesTheSplitMix64Values()
    {
        // Computed independently (Python, 64-bit SplitMix64 with the same seeding): a runtime change cannot move them.
        var arrivals = DemoRandom.For(42, 0);
        var lead7 = DemoRandom.For(42, 7);

        Assert.Equal(0x37713AEBEC01F420UL, arrivals.NextBits());
        Assert.Equal(0xA21E6B695351E292UL, arrivals.NextBits());
        Assert.Equal(0x9299A666D57DC4EAUL, lead7.NextBits());
    }

    [Fact]
    public void Between_ManyDraws_StaysWithinBothBoundsAndReachesThem()
    {
        var random = DemoRandom.For(1, 1);

        var draws = Enumerable.Range(0, 1000).Select(_ => random.Between(3, 6)).ToList();

        Assert.Equal([3, 4, 5, 6], draws.Distinct().Order());
    }

    [Fact]
    public void Pick_Weighted_FollowsTheWeights()
    {
        var random = DemoRandom.For(1, 2);
        IReadOnlyList<(string Item, double Weight)> items = [("rare", 1), ("common", 9)];

        var common = Enumerable.Range(0, 10_000).Count(_ => random.Pick(items) == "common");

        Assert.InRange(common, 8_700, 9_300);
    }
}
