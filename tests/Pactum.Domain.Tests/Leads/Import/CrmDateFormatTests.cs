using NodaTime;
using Pactum.Domain.Leads.Import;

namespace Pactum.Domain.Tests.Leads.Import;

public sealed class CrmDateFormatTests
{
    [Theory]
    [InlineData("", "needs the year, month and day")] // nothing given
    [InlineData("M/d", "needs the year, month and day")] // no year
    [InlineData("yyyy-MM", "needs the year, month and day")] // no day
    [InlineData("M/d/yyyy 'at", "is not a date format:")] // an unclosed quote
    public void TryCreate_NotADatePattern_SaysWhy(string pattern, string expected)
    {
        Assert.False(CrmDateFormat.TryCreate(pattern, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("M/d/yyyy h:mm a", "10/5/2026 2:30 PM")] // Java/Unicode 'a' for AM/PM
    [InlineData("M/d/yyyy h:mm tt", "10/5/2026 2:30 PM")] // .NET 'tt' for AM/PM
    [InlineData("d.M.yyyy HH:mm", "5.10.2026 14:30")] // dots and a 24-hour clock
    public void TryParse_Pattern_ReadsItsCells(string pattern, string cell)
    {
        var format = CrmDateFormat.Create(pattern);

        Assert.True(format.TryParse(cell, DateTimeZone.Utc, out var instant, out var outOfRange));
        Assert.Equal(Instant.FromUtc(2026, 10, 5, 14, 30), instant);
        Assert.Equal(pattern, format.Text);
        Assert.False(outOfRange);
    }

    [Theory]
    [InlineData("M/d/yyyy", "12/31/9999")] // the last day a date pattern can read: outside the supported years
    [InlineData("M/d/yyyy h:mm a", "1/1/1899 9:00 AM")] // the year before the supported years
    public void TryParse_DayOutsideSupportedYears_IsRefusedAsOutOfRange(string pattern, string cell)
    {
        var format = CrmDateFormat.Create(pattern);

        Assert.False(format.TryParse(cell, DateTimeZone.ForOffset(Offset.FromHours(-12)), out _, out var outOfRange));
        Assert.True(outOfRange);
    }
}
