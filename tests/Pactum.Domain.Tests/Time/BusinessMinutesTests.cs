using NodaTime;
using Pactum.Domain.Time;

namespace Pactum.Domain.Tests.Time;

public sealed class BusinessMinutesTests
{
    [Theory]
    [InlineData("60", 3600)] // an hour
    [InlineData("1.5", 90)] // fractional minutes
    [InlineData("0", 0)] // zero
    public void TryToDuration_ValidMinutes_ConvertsExactly(string minutes, long seconds)
    {
        Assert.True(BusinessMinutes.TryToDuration(decimal.Parse(minutes, System.Globalization.CultureInfo.InvariantCulture), out var duration, out _));
        Assert.Equal(Duration.FromSeconds(seconds), duration);
    }

    [Fact]
    public void TryToDuration_Negative_Fails()
    {
        Assert.False(BusinessMinutes.TryToDuration(-1m, out _, out var error));
        Assert.Contains("between 0", error, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDuration_NinetySeconds_IsOneAndAHalf()
    {
        Assert.Equal(1.5m, BusinessMinutes.FromDuration(Duration.FromSeconds(90)));
    }
}
