using NodaTime;
using Pactum.Domain.Calculator;

namespace Pactum.Domain.Tests.Calculator;

/// <summary>Availability measured from recorded outages, and the service credit it earns (SPEC G6).</summary>
public sealed class ServiceCreditsTests
{
    /// <summary>November 2026: 30 days, 2,592,000 seconds.</summary>
    private static readonly Interval November = new(Instant.FromUtc(2026, 11, 1, 0, 0), Instant.FromUtc(2026, 12, 1, 0, 0));

    /// <summary>Below 99.9% → 10% credit; below 99% → 25%.</summary>
    private static readonly ServiceCreditTier[] Tiers = [new(0.999m, 0.1m), new(0.99m, 0.25m)];

    [Theory]
    [InlineData("0.9995", null)] // above both thresholds: no credit
    [InlineData("0.999", null)] // exactly at 99.9%: not below it, no credit
    [InlineData("0.9989", "0.1")] // just below 99.9%
    [InlineData("0.99", "0.1")] // exactly at 99%: only the 99.9% tier applies
    [InlineData("0.98", "0.25")] // below both: the higher credit
    public void TierFor_Availability_PicksTheHighestCreditBelowWhichItFalls(string availability, string? credit)
    {
        var tier = ServiceCredits.TierFor(Tiers, decimal.Parse(availability, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(credit, tier?.Credit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TierFor_TiersInAnyOrder_PicksTheSame()
    {
        Assert.Equal(0.25m, ServiceCredits.TierFor([.. Tiers.Reverse()], 0.5m)?.Credit);
    }

    [Fact]
    public void Downtime_OverlappingTouchingAndOutsideOutages_MergesAndClips()
    {
        var outages = new[]
        {
            Outage(Day(2, 10), Day(2, 12)), // 10:00–12:00 …
            Outage(Day(2, 11), Day(2, 13)), // … overlapped until 13:00
            Outage(Day(2, 13), Day(2, 14)), // … and touched until 14:00: one outage 10:00–14:00
            new Outage(Instant.FromUtc(2026, 10, 31, 23, 0), Day(1, 1)), // starts in October: only its November hour counts
            Outage(Day(5, 9), Day(5, 9)), // empty: nothing
        };

        var downtime = OutageTimeline.Downtime(November, outages);

        Assert.Equal([new Interval(Day(1, 0), Day(1, 1)), new Interval(Day(2, 10), Day(2, 14))], downtime);
    }

    [Fact]
    public void Assess_OverlappingOutages_CountTheirUnionOnce()
    {
        // Two overlapping hours (10:00–11:00 and 10:30–11:30) are 90 minutes down, not 120.
        var result = Assess([Outage(Day(2, 10), Day(2, 11)), Outage(Day(2, 10, 30), Day(2, 11, 30))]);

        Assert.Equal(5400m, result.DowntimeSeconds);
        Assert.Equal(1m - (5400m / 2_592_000m), result.MeasuredAvailability);
        Assert.Equal(2592m, result.AllowedDowntimeSeconds);
        Assert.Equal(-2808m, result.DowntimeLeftSeconds);
        Assert.False(result.MetTarget);
        Assert.Equal(0.1m, result.CreditFraction);
        Assert.Equal(200m, result.CreditAmount);
    }

    [Fact]
    public void Assess_ExcludedOutage_IsLeftOutWithItsReason()
    {
        // A 4-hour planned maintenance is excluded; a 30-minute failure counts and stays within 99.9%.
        var maintenance = new Outage(Day(7, 2), Day(7, 6), "planned maintenance, announced 7 days ahead");
        var result = Assess([maintenance, Outage(Day(9, 12), Day(9, 12, 30))]);

        Assert.Equal(1800m, result.DowntimeSeconds);
        Assert.Equal([maintenance], result.ExcludedOutages);
        Assert.Equal(792m, result.DowntimeLeftSeconds);
        Assert.True(result.MetTarget);
        Assert.Null(result.Tier);
        Assert.Equal(0m, result.CreditAmount);
    }

    [Fact]
    public void Assess_DowntimeExactlyAtTheAllowance_EarnsNoCredit()
    {
        // 2,592 s is exactly 0.1% of November: availability is exactly 99.9%, not below it.
        var result = Assess([new Outage(Day(3, 0), Day(3, 0).Plus(Duration.FromSeconds(2592)))]);

        Assert.Equal(0.999m, result.MeasuredAvailability);
        Assert.Equal(0m, result.DowntimeLeftSeconds);
        Assert.Null(result.Tier);
        Assert.Equal(0m, result.CreditFraction);
    }

    [Fact]
    public void Assess_ALongOutage_HitsTheHighestTier()
    {
        // 8 hours down is 98.9% of the month: below 99% → 25% of the fee.
        var result = Assess([Outage(Day(10, 0), Day(10, 8))]);

        Assert.Equal(new ServiceCreditTier(0.99m, 0.25m), result.Tier);
        Assert.Equal(500m, result.CreditAmount);
        Assert.Equal(new("creditAmount", "2000 × 0.25", 500m), result.Steps[^1]);
    }

    [Fact]
    public void Assess_NoFee_GivesTheFractionOnly()
    {
        var result = ServiceCredits.Assess(new(November, [Outage(Day(10, 0), Day(10, 8))], 0.999m, Tiers));

        Assert.Equal(0.25m, result.CreditFraction);
        Assert.Null(result.CreditAmount);
    }

    [Fact]
    public void Problems_BadInputs_NameEachField()
    {
        var inputs = new ServiceCreditInputs(
            new Interval(Day(1, 0), Day(1, 0)),
            [new Outage(Day(2, 0), Day(1, 0)), new Outage(Day(2, 0), Day(2, 1), " ")],
            1.5m,
            [new(0m, 2m)],
            -1m);

        Assert.Equal(
            ["period", "outages[0]", "outages[1].excludedBecause", "targetAvailability", "tiers[0].below", "tiers[0].credit", "monthlyFee"],
            inputs.Problems().Select(p => p.Field));
    }

    [Fact]
    public void Problems_UnboundedPeriod_IsReported()
    {
        var inputs = new ServiceCreditInputs(new Interval(null, Day(1, 0)), [], 0.999m, Tiers);

        Assert.Equal(["period"], inputs.Problems().Select(p => p.Field));
        Assert.Throws<ArgumentException>(() => ServiceCredits.Assess(inputs));
    }

    private static ServiceCreditAssessment Assess(Outage[] outages) =>
        ServiceCredits.Assess(new(November, outages, 0.999m, Tiers, MonthlyFee: 2000m));

    private static Outage Outage(Instant start, Instant end) => new(start, end);

    private static Instant Day(int day, int hour, int minute = 0) => Instant.FromUtc(2026, 11, day, hour, minute);
}
