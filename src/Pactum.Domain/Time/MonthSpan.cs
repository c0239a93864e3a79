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

    /// <summary>Reads <c>yyyy-MM</c>; false with what was expected otherwise.</summary>
    public static bool TryParse(string? text, DateTimeZone zone, out MonthSpan month, out string error)
    {
        var result = Pattern.Parse(text?.Trim() ?? "");
        month = new MonthSpan(result.Success ? result.Value : new YearMonth(2000, 1), zone);
        error = result.Success ? "" : $"'{text}' is not a month; write it like 2026-10";
        return result.Success;
    }

    /// <inheritdoc />
    public override string ToString() => Pattern.Format(Month);
}
