using Pactum.Domain.Calculator;

namespace Pactum.Domain.Tests.Calculator;

/// <summary>The SLA checked against the sales team's bandwidth (SPEC G5).</summary>
public sealed class SalesCapacityTests
{
    [Theory]
    [InlineData(100, 4, 1250, CapacityVerdict.OverCapacity)] // 25 leads × 5 × 10 = 1,250 min against 900 (139%)
    [InlineData(68, 4, 850, CapacityVerdict.NearCapacity)] // 17 leads = 850 min: 94%
    [InlineData(72, 4, 900, CapacityVerdict.NearCapacity)] // 18 leads = 900 min: exactly full is near, not over
    [InlineData(64, 4, 800, CapacityVerdict.WithinCapacity)] // 16 leads = 800 min: 89%
    [InlineData(0, 4, 0, CapacityVerdict.WithinCapacity)] // no leads at all
    [InlineData(73, 4, 950, CapacityVerdict.OverCapacity)] // 73 ÷ 4 = 18.25: one rep gets 19 leads
    public void Check_AttemptsAgainstHours_GivesTheVerdict(long leads, int reps, double minutesNeeded, CapacityVerdict verdict)
    {
        // Five attempts of ten minutes per lead; fifteen hours per rep for marketing leads.
        var check = SalesCapacity.Check(new(leads, reps, 5m, 10m, 15m));

        Assert.Equal((decimal)minutesNeeded, check.MinutesNeededPerRep);
        Assert.Equal(900m, check.MinutesAvailablePerRep);
        Assert.Equal(verdict, check.Verdict);
    }

    [Theory]
    [InlineData(100, "The SLA asks more than the team can do: 1,250 minutes of attempts per rep against 900 available (139%).")] // over
    [InlineData(68, "The team can just do what the SLA asks, with little to spare: 850 minutes of attempts per rep against 900 available (94%).")] // near
    [InlineData(40, "The team can do what the SLA asks: 500 minutes of attempts per rep against 900 available (56%).")] // within
    public void Check_EachVerdict_SaysItInPlainWords(long leads, string sentence)
    {
        var check = SalesCapacity.Check(new(leads, 4, 5m, 10m, 15m));

        Assert.Equal(sentence, check.Sentence);
    }

    [Fact]
    public void Check_JustOverFull_DoesNotReadAsAHundredPercent()
    {
        // 901 of 900 minutes is 100.1%, not "100%", next to "more than the team can do".
        var check = SalesCapacity.Check(new(1, 1, 1m, 901m, 15m));

        Assert.EndsWith("(100.1%).", check.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Team_SaysTheMostLeadsItCanWork()
    {
        // 900 min ÷ 50 min a lead = 18 leads a rep, 72 for four reps; 72 is near capacity, 73 over.
        var check = SalesCapacity.Check(new(100, 4, 5m, 10m, 15m, SelfSourcedHoursPerRep: 10m));

        Assert.Equal(25, check.LeadsPerRep);
        Assert.Equal(72, check.MostLeads);
        Assert.Equal(1.3888888888888888888888888889m, check.Utilisation);
        Assert.Equal(600m, check.SelfSourcedMinutesPerRep);
        Assert.Equal(new("mostLeads", "4 × ⌊900 ÷ (5 × 10)⌋", 72m), check.Steps.Single(s => s.Name == "mostLeads"));
    }

    [Fact]
    public void Problems_EveryBadInput_NamesEachField()
    {
        var problems = new SalesCapacityInputs(-1, 0, 0m, 0m, 0m, -1m).Problems();

        Assert.Equal(["leadsPerPeriod", "reps", "attemptsPerLead", "minutesPerAttempt", "marketingHoursPerRep", "selfSourcedHoursPerRep"], problems.Select(p => p.Field));
    }

    [Fact]
    public void Check_InvalidInputs_Throws()
    {
        Assert.Throws<ArgumentException>(() => SalesCapacity.Check(new(10, 0, 5m, 10m, 15m)));
    }
}
