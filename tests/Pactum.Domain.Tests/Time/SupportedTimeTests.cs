using NodaTime;
using Pactum.Domain.Time;

namespace Pactum.Domain.Tests.Time;

public sealed class SupportedTimeTests
{
    [Theory]
    [InlineData("1900-01-01T00:00:00Z", true)] // the first supported instant
    [InlineData("2199-12-31T23:59:59Z", true)] // the last second before the end
    [InlineData("2026-11-02T09:00:00-05:00", true)] // an ordinary instant with an offset
    [InlineData("1899-12-31T23:59:59Z", false)] // a second before the start
    [InlineData("2200-01-01T00:00:00Z", false)] // the end is not included
    [InlineData("9999-12-31T23:59:59Z", false)] // the last instant the calendar libraries know
    [InlineData("0000-01-01T00:00:00Z", false)] // year 0
    public void InstantText_TryParse_RefusesInstantsOutsideTheSupportedYears(string text, bool expected)
    {
        var parsed = InstantText.TryParse(text, out _, out var error);

        Assert.Equal(expected, parsed);
        Assert.Equal(expected ? "" : $"'{text}' is outside the supported years 1900–2199", error);
    }

    [Theory]
    [InlineData("-0001-01-01T00:00:00Z")] // a negative year
    [InlineData("10000-01-01T00:00:00Z")] // a five-digit year
    public void InstantText_TryParse_YearsBeyondFourDigits_AreRefused(string text)
    {
        Assert.False(InstantText.TryParse(text, out _, out var error));
        Assert.StartsWith($"'{text}' is ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1900-01", true)] // the first supported month
    [InlineData("2199-12", true)] // the last supported month: its end (2200-01-01) is still a valid instant
    [InlineData("1899-12", false)] // before
    [InlineData("9999-12", false)] // the month whose end no instant can hold
    [InlineData("0000-01", false)] // year 0
    public void MonthSpan_TryParse_RefusesMonthsOutsideTheSupportedYears(string text, bool expected)
    {
        var zone = DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"]; // fourteen hours ahead: the furthest from UTC

        var parsed = MonthSpan.TryParse(text, zone, out var month, out var error);

        Assert.Equal(expected, parsed);
        if (parsed)
        {
            Assert.True(month.End > month.Start);
        }
        else
        {
            Assert.Equal($"'{text}' is outside the supported years 1900–2199", error);
        }
    }

    [Theory]
    [InlineData("2026-12-25", true, "")] // an ordinary day
    [InlineData(" 2026-12-25 ", true, "")] // surrounding spaces are ignored
    [InlineData("9999-12-31", false, "'9999-12-31' is outside the supported years 1900–2199")] // the last day a pattern reads
    [InlineData("2026-02-30", false, "'2026-02-30' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-25")] // no such day
    [InlineData("next week", false, "'next week' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-25")] // words
    public void DateText_TryParse_ReadsDaysInTheSupportedYears(string text, bool expected, string expectedError)
    {
        var parsed = DateText.TryParse(text, out var day, out var error);

        Assert.Equal((expected, expectedError), (parsed, error));
        Assert.Equal(expected ? new LocalDate(2026, 12, 25) : default, day);
    }
}
