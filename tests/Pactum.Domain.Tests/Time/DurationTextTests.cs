using NodaTime;
using Pactum.Domain.Time;

namespace Pactum.Domain.Tests.Time;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("30 days", 30 * 24 * 60)] // days are 24 hours
    [InlineData("12 hours", 12 * 60)]
    [InlineData("1 week", 7 * 24 * 60)] // singular units too
    [InlineData(" 2 Weeks ", 14 * 24 * 60)] // any case, surrounding spaces ignored
    [InlineData("90minutes", 90)] // no space needed
    public void TryParse_NumberAndUnit_ReadsTheLength(string text, long minutes)
    {
        Assert.True(DurationText.TryParse(text, out var duration, out _));
        Assert.Equal(Duration.FromMinutes(minutes), duration);
    }

    [Theory]
    [InlineData("a month")] // words
    [InlineData("0 days")] // nothing
    [InlineData("1.5 days")] // not whole
    [InlineData("3 business days")] // business time is the clocks' own
    [InlineData("")]
    public void TryParse_NoWholeLength_FailsWithAnExample(string text)
    {
        Assert.False(DurationText.TryParse(text, out _, out var error));
        Assert.Contains("e.g. 12 hours, 30 days", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30 * 24 * 60, "30 days", "30-day")] // the largest whole unit
    [InlineData(14 * 24 * 60, "14 days", "14-day")] // weeks are written in days
    [InlineData(36 * 60, "36 hours", "36-hour")]
    [InlineData(1, "1 minute", "1-minute")]
    public void Format_Length_UsesTheLargestWholeUnit(long minutes, string text, string adjective)
    {
        Assert.Equal((text, adjective), (DurationText.Format(Duration.FromMinutes(minutes)), DurationText.Adjective(Duration.FromMinutes(minutes))));
    }

    [Theory]
    [InlineData(90 * 24 * 60 + 300, "90 days")] // rounded down
    [InlineData(24 * 60, "1 day")]
    [InlineData(5 * 60 + 59, "5 hours")]
    [InlineData(12, "12 minutes")]
    public void Age_Length_RoundsDownToTheLargestUnit(long minutes, string text)
    {
        Assert.Equal(text, DurationText.Age(Duration.FromMinutes(minutes)));
    }
}
