using Pactum.Domain.Calculator;

namespace Pactum.Domain.Tests.Calculator;

/// <summary>Goals per lead quality tier, by volume or by value (SPEC G4).</summary>
public sealed class TierGoalCalculatorTests
{
    /// <summary>20% CEO leads at $100, 30% directors at $50, 50% managers at $40: $55 a lead on average.</summary>
    private static readonly LeadMix Mix = new([new("CEO", 100m, 0.2m), new("Director", 50m, 0.3m), new("Manager", 40m, 0.5m)]);

    [Theory]
    [InlineData(100, new long[] { 20, 30, 50 }, 100, 5500)] // splits evenly: 2000 + 1500 + 2000
    [InlineData(101, new long[] { 21, 31, 51 }, 103, 5690)] // each tier rounds up: 20.2, 30.3, 50.5
    [InlineData(0, new long[] { 0, 0, 0 }, 0, 0)] // no goal
    public void Calculate_VolumeGoal_SplitsByTheMixRoundingUp(long leads, long[] tierLeads, long total, double value)
    {
        var goal = TierGoalCalculator.Calculate(new VolumeGoal(Mix, leads));

        Assert.Equal(tierLeads, goal.Tiers.Select(t => t.Leads));
        Assert.Equal(leads, goal.LeadsGoal);
        Assert.Equal(total, goal.TotalLeads);
        Assert.Equal((decimal)value, goal.ValueGoal);
    }

    [Theory]
    [InlineData(5500, 100, 5500)] // exactly 100 leads at $55
    [InlineData(5501, 101, 5690)] // a dollar more needs a whole lead more
    [InlineData(0, 0, 0)] // no value, no leads
    public void Calculate_ValueGoal_NeedsLeadsAtTheMix(double value, long leads, double reached)
    {
        var goal = TierGoalCalculator.Calculate(new ValueGoal(Mix, (decimal)value));

        Assert.Equal(leads, goal.LeadsGoal);
        Assert.Equal((decimal)reached, goal.ValueGoal);
        Assert.True(goal.ValueGoal >= (decimal)value);
    }

    [Fact]
    public void Calculate_ValueGoal_ShowsTheValuePerLeadAtTheMix()
    {
        var goal = TierGoalCalculator.Calculate(new ValueGoal(Mix, 5500m));

        Assert.Equal(new("valuePerLead", "0.2 × 100 + 0.3 × 50 + 0.5 × 40", 55m), goal.Steps[0]);
        Assert.Equal(new("leadsNeeded", "⌈5500 ÷ 55⌉", 100m), goal.Steps[1]);
    }

    [Fact]
    public void Calculate_TargetsPerTier_TotalsLeadsAndValue()
    {
        // 10 CEOs at $100, 20 directors at $50, 5 managers at $40.
        var goal = TierGoalCalculator.Calculate(new TierTargets([new("CEO", 100m, 10), new("Director", 50m, 20), new("Manager", 40m, 5)]));

        Assert.Equal(35, goal.TotalLeads);
        Assert.Equal(35, goal.LeadsGoal);
        Assert.Equal(2200m, goal.ValueGoal);
        Assert.Equal(new("valueGoal", "10 × 100 + 20 × 50 + 5 × 40", 2200m), goal.Steps[^1]);
    }

    [Theory]
    [InlineData(0.2, 0.3, 0.4, "tiers")] // shares add up to 0.9
    [InlineData(0.2, 0.3, 0.6, "tiers")] // shares add up to 1.1
    [InlineData(0.2, -0.3, 1.1, "tiers[1].share")] // a negative share
    public void Problems_SharesNotAWhole_NamesTheField(double ceo, double director, double manager, string field)
    {
        var mix = new LeadMix([new("CEO", 100m, (decimal)ceo), new("Director", 50m, (decimal)director), new("Manager", 40m, (decimal)manager)]);

        Assert.Contains(mix.Problems(), p => p.Field == field);
    }

    [Fact]
    public void Problems_SharesOffByLessThanTheTolerance_AreFine()
    {
        // Thirds written to four places add up to 0.9999.
        var mix = new LeadMix([new("A", 1m, 0.3333m), new("B", 1m, 0.3333m), new("C", 1m, 0.3333m)]);

        Assert.Empty(mix.Problems());
    }

    [Fact]
    public void Problems_BadTiers_NameEachOne()
    {
        // No name, a repeated name (ignoring case), a negative value.
        var mix = new LeadMix([new(" ", 1m, 0.5m), new("CEO", 1m, 0.25m), new("ceo", -1m, 0.25m)]);

        Assert.Equal(["tiers[0].name", "tiers[2].name", "tiers[2].valuePerLead"], mix.Problems().Select(p => p.Field));
    }

    [Theory]
    [InlineData(-1, "value")] // a negative value goal
    [InlineData(100, "value")] // a positive one at a mix worth nothing
    public void Problems_UnreachableValueGoal_NamesValue(double value, string field)
    {
        var worthless = new LeadMix([new("Intern", 0m, 1m)]);

        Assert.Contains(new ValueGoal(worthless, (decimal)value).Problems(), p => p.Field == field);
    }

    [Fact]
    public void Problems_EmptyOrNegativeTargets_AreReported()
    {
        Assert.Equal(["targets"], new TierTargets([]).Problems().Select(p => p.Field));
        Assert.Equal(["targets[0].leads"], new TierTargets([new("CEO", 100m, -1)]).Problems().Select(p => p.Field));
        Assert.Equal(["leads"], new VolumeGoal(Mix, -5).Problems().Select(p => p.Field));
    }

    [Fact]
    public void Calculate_InvalidMix_Throws()
    {
        Assert.Throws<ArgumentException>(() => TierGoalCalculator.Calculate(new VolumeGoal(new LeadMix([]), 10)));
    }
}
