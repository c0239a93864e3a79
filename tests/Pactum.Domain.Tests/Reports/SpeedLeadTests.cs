using NodaTime;
using Pactum.Domain.Time;
using Pactum.Domain.Reports;

namespace Pactum.Domain.Tests.Reports;

public sealed class SpeedLeadTests
{
    [Theory]
    [InlineData(0L, "0")]
    [InlineData(600_000_000L, "1")]             // one minute
    [InlineData(3_000_000L, "0.01")]            // half a hundredth rounds away from zero
    [InlineData(2_999_999L, "0")]
    [InlineData(18_000_000L, "0.03")]
    [InlineData(660_000_000L, "1.1")]           // 1.10 loses its trailing zero
    [InlineData(-3_000_000L, "-0.01")]
    [InlineData(-2_999_999L, "0")]
    [InlineData(86_400_000_000_000L, "144000")] // one hundred days
    public void InMinutes_RoundsToHundredthsWithoutTrailingZeros(long ticks, string expected) =>
        Assert.Equal(expected, SpeedLead.InMinutes(Duration.FromTicks(ticks)).ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void InMinutes_EqualsTheRoundedExactMinutes()
    {
        var random = new Random(20261126);
        for (var i = 0; i < 100_000; i++)
        {
            var ticks = random.NextInt64(-10_000_000_000_000, 10_000_000_000_000);
            var exact = Percentiles.Round(BusinessMinutes.FromDuration(Duration.FromTicks(ticks)));

            var fast = SpeedLead.InMinutes(Duration.FromTicks(ticks));

            Assert.Equal(exact, fast);
            Assert.Equal(exact.Scale, fast.Scale);
        }
    }
}
