using NodaTime;
using NodaTime.Text;

namespace Pactum.Domain.Time;

/// <summary>
/// A calendar month in a time zone as the half-open span of instants [start of its first day, start of the next
/// month's first day): the period a lead counts in (DESIGN: the month of the event, in the agreement's zone).
/// </summary>
public sealed record MonthSpan(YearMonth Month, DateTimeZone Zone)
{
    private static readonly YearMonthPattern Pattern = YearMonthPattern.Iso;

    /// <summary>The first instant of the month.</summary>
    public Instant Start => Month.OnDayOfMonth(1).AtStartOfDayInZone(Zone).ToInstant();

    /// <summary>The first instant after the month.</summary>
    public Instant End => Month.PlusMonths(1).OnDayOfMonth(1).AtStartOfDayInZone(Zone).ToInstant();

    /// <summary>The number of days in the month.</summary>
    public int Days => Month.Calendar.GetDaysInMonth(Month.Year, Month.Month);

    /// <summary>Whether <paramref name="instant"/> falls in the month.</summary>
    public bool Contains(Instant instant) => instant >= Start && instant < End;

    /// <summary>Reads <c>yyyy-MM</c> in the supported years (<see cref="SupportedTime"/>); false with what was expected otherwise.</summary>
    public static bool TryParse(string? text, DateTimeZone zone, out MonthSpan month, out string error)
    {
        var result = Pattern.Parse(text?.Trim() ?? "");
        var valid = result.Success && SupportedTime.ContainsYear(result.Value.Year);
        month = new MonthSpan(valid ? result.Value : new YearMonth(2000, 1), zone);
        error = valid ? "" : result.Success ? SupportedTime.Explain(text!.Trim()) : $"'{text}' is not a month; write it like 2026-10";
        return valid;
    }

    /// <inheritdoc />
    public override string ToString() => Pattern.Format(Month);
}
