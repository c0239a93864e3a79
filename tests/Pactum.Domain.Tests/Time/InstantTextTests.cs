using NodaTime;
using Pactum.Domain.Time;

namespace Pactum.Domain.Tests.Time;

public sealed class InstantTextTests
{
    [Theory]
    [InlineData("2026-11-02T14:00:00Z", "2026-11-02T14:00:00Z")] // UTC with seconds
    [InlineData("2026-11-02T09:00:00-05:00", "2026-11-02T14:00:00Z")] // an offset west of UTC
    [InlineData("2026-11-02T15:00+01:00", "2026-11-02T14:00:00Z")] // no seconds
    [InlineData("2026-11-02T14:00:00.5Z", "2026-11-02T14:00:00.5Z")] // a fraction of a second is kept
    [InlineData(" 2026-11-02T14:00:00Z ", "2026-11-02T14:00:00Z")] // surrounding spaces are ignored
    public void TryParse_IsoWithOffset_ReadsTheInstant(string text, string expected)
    {
        Assert.True(InstantText.TryParse(text, out var instant, out _));
        Assert.Equal(expected, InstantText.Format(instant));
    }

    [Theory]
    [InlineData("2026-11-02T14:00:00")] // a local time names no instant
    [InlineData("2026-11-02")] // a date is not an instant
    [InlineData("yesterday")] // words are not instants
    [InlineData("")] // empty
    [InlineData("2026-02-29T10:00:00Z")] // the common form, but no such day (2026 is not a leap year)
    [InlineData("2026-13-01T10:00:00Z")] // the common form, but no such month
    [InlineData("2026-11-02T14:60:00Z")] // the common form, but no such minute
    [InlineData("2026-1x-02T14:00:00Z")] // the common form's shape with a letter in it
    public void TryParse_NoOffset_FailsWithAnExample(string text)
    {
        Assert.False(InstantText.TryParse(text, out _, out var error));
        Assert.Contains("2026-11-02T14:00:00Z", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2028-02-29T23:59:59Z")] // a leap day, the last second
    [InlineData("1900-01-01T00:00:00Z")] // the first supported instant
    [InlineData("2199-12-31T23:59:59Z")] // the last supported whole second
    public void TryParse_CommonForm_AgreesWithTheIsoPattern(string text)
    {
        Assert.True(InstantText.TryParse(text, out var instant, out _));
        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Parse(text).Value, instant);
    }

    [Fact]
    public void ParseField_Missing_SaysRequired()
    {
        var errors = new List<string>();

        InstantText.ParseField("--start", null, errors);

        Assert.Equal(["--start: is required"], errors);
    }

    [Fact]
    public void FormatLocal_NewYorkInWinter_ShowsTheOffset()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];

        Assert.Equal("2026-11-02T09:00:00-05:00", InstantText.FormatLocal(Instant.FromUtc(2026, 11, 2, 14, 0), zone));
    }
}
