using NodaTime;
using Pactum.Domain.Notices;

namespace Pactum.Domain.Tests.Notices;

public sealed class DeliveryScheduleTests
{
    private static readonly Instant First = Instant.FromUtc(2026, 11, 2, 14, 0);

    [Theory]
    [InlineData(1, 30)]       // the first failure waits 30 s
    [InlineData(2, 60)]       // then the delay doubles
    [InlineData(3, 120)]
    [InlineData(10, 15360)]   // 256 min
    [InlineData(11, 28800)]   // capped at 8 h
    [InlineData(20, 28800)]
    public void DelayAfter_DoublesUpToEightHours(int failures, int seconds) =>
        Assert.Equal(Duration.FromSeconds(seconds), DeliverySchedule.DelayAfter(failures));

    [Fact]
    public void Next_AlwaysFailing_KeepsTryingForAtLeast24Hours_ThenGivesUp()
    {
        var attempts = new List<Instant> { First };
        while (DeliverySchedule.Next(attempts.Count, First, attempts[^1], 500, null) is { } next)
        {
            attempts.Add(next);
        }

        Assert.Equal(13, attempts.Count);
        Assert.True(attempts[^1] - First >= Duration.FromHours(24));
        Assert.True(attempts[^2] - First < Duration.FromHours(24));
    }

    [Fact]
    public void Next_410_StopsAtOnce() => Assert.Null(DeliverySchedule.Next(1, First, First, 410, null));

    [Fact]
    public void Next_RetryAfterLongerThanTheBackoff_IsHonoured() =>
        Assert.Equal(First + Duration.FromMinutes(10), DeliverySchedule.Next(1, First, First, 429, Duration.FromMinutes(10)));

    [Fact]
    public void Next_RetryAfterShorterThanTheBackoff_KeepsTheBackoff() =>
        Assert.Equal(First + Duration.FromSeconds(30), DeliverySchedule.Next(1, First, First, 429, Duration.FromSeconds(5)));
}
