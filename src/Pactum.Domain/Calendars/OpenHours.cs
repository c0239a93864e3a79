using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Pactum.Domain.Calendars;

/// <summary>
/// One interval of local wall-clock time on a weekday, written <c>"HH:mm-HH:mm"</c>. The interval is half-open,
/// [start, end). An end at or before the start (<c>"22:00-06:00"</c>) is overnight: it runs into the next day.
/// <c>24:00</c> is allowed as an end and means the next midnight. An interval belongs to the day it starts on.
/// </summary>
public sealed record OpenHours
{
    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    /// <summary>Creates an interval; <paramref name="endsNextDay"/> says whether <paramref name="end"/> is on the next day.</summary>
    public OpenHours(LocalTime start, LocalTime end, bool endsNextDay)
    {
        if (!endsNextDay && end <= start)
        {
            throw new ArgumentException("An interval that ends the same day must end after it starts.", nameof(end));
        }

        if (endsNextDay && end > start)
        {
            throw new ArgumentException("An interval longer than a day is not allowed.", nameof(end));
        }

        Start = start;
        End = end;
        EndsNextDay = endsNextDay;
    }

    /// <summary>Local start time.</summary>
    public LocalTime Start { get; }

    /// <summary>Local end time (exclusive), on the same day or, when <see cref="EndsNextDay"/>, the next.</summary>
    public LocalTime End { get; }

    /// <summary>Whether the interval ends on the next local day (overnight, or ending at 24:00).</summary>
    public bool EndsNextDay { get; }

    /// <summary>Start, in minutes after the local midnight of its day.</summary>
    public int StartMinute => (Start.Hour * 60) + Start.Minute;

    /// <summary>End, in minutes after the local midnight of the day the interval starts on (may exceed 1440).</summary>
    public int EndMinute => (End.Hour * 60) + End.Minute + (EndsNextDay ? 1440 : 0);

    /// <summary>Reads <c>"HH:mm-HH:mm"</c>; false with a reason when it is malformed or of zero length.</summary>
    public static bool TryParse(string? text, out OpenHours? hours, out string error)
    {
        hours = null;
        error = "";
        var parts = (text ?? "").Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            error = $"'{text}' is not an interval; write it as \"HH:mm-HH:mm\", e.g. \"09:00-17:00\"";
            return false;
        }

        if (!TryTime(parts[0], allowMidnightEnd: false, out var start, out _) || !TryTime(parts[1], allowMidnightEnd: true, out var end, out var endIs24))
        {
            error = $"'{text}' has a time that is not HH:mm between 00:00 and 23:59 (24:00 is allowed as an end)";
            return false;
        }

        if (end == start && !endIs24)
        {
            error = $"'{text}' is empty: it starts and ends at the same time (for a whole day write \"00:00-24:00\")";
            return false;
        }

        hours = new OpenHours(start, end, endIs24 || end <= start);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Clock.Format(Start)}-{(EndsNextDay && End == LocalTime.Midnight ? "24:00" : Clock.Format(End))}";

    private static bool TryTime(string text, bool allowMidnightEnd, out LocalTime time, out bool is24)
    {
        is24 = allowMidnightEnd && text == "24:00";
        if (is24)
        {
            time = LocalTime.Midnight;
            return true;
        }

        var parsed = Clock.Parse(text);
        time = parsed.Success ? parsed.Value : default;
        return parsed.Success && text.Length == 5 && text.All(c => char.IsAsciiDigit(c) || c == ':') && int.Parse(text[..2], CultureInfo.InvariantCulture) < 24;
    }
}
