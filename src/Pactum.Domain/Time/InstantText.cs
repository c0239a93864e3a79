using NodaTime;
using NodaTime.Text;

namespace Pactum.Domain.Time;

/// <summary>
/// Reads and writes instants as ISO-8601 text. Input must name its offset: <c>2026-11-02T14:00:00Z</c> or
/// <c>2026-11-02T09:00:00-05:00</c> (fractions of a second allowed); a local time without an offset is refused,
/// because it does not say which instant it means, and so is an instant outside <see cref="SupportedTime"/>. Output is
/// always UTC with a <c>Z</c>.
/// </summary>
public static class InstantText
{
    private static readonly OffsetDateTimePattern[] Patterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<Z+HH:mm>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<Z+HH:mm>"),
    ];

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what was expected.</summary>
    public static bool TryParse(string? text, out Instant instant, out string error)
    {
        error = "";
        if (TryParseUtcSeconds(text, out instant))
        {
            return InRange(text!, instant, out error);
        }

        var trimmed = text?.Trim() ?? "";
        foreach (var pattern in Patterns)
        {
            var result = pattern.Parse(trimmed);
            if (result.Success)
            {
                instant = result.Value.ToInstant();
                return InRange(trimmed, instant, out error);
            }
        }

        error = $"'{text}' is not an ISO-8601 instant with Z or an offset (e.g. 2026-11-02T14:00:00Z or 2026-11-02T09:00:00-05:00)";
        return false;
    }

    private static bool InRange(string text, Instant instant, out string error)
    {
        var inRange = SupportedTime.Contains(instant);
        error = inRange ? "" : SupportedTime.Explain(text);
        return inRange;
    }

    /// <summary>
    /// Reads the most common form, <c>yyyy-MM-ddTHH:mm:ssZ</c>, without the pattern machinery (imports read millions);
    /// false for anything else, which the patterns then read or explain.
    /// </summary>
    private static bool TryParseUtcSeconds(string? text, out Instant instant)
    {
        instant = default;
        if (text is not { Length: 20 } || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')
        {
            return false;
        }

        var year = Digits(text, 0, 4);
        var month = Digits(text, 5, 2);
        var day = Digits(text, 8, 2);
        var hour = Digits(text, 11, 2);
        var minute = Digits(text, 14, 2);
        var second = Digits(text, 17, 2);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month) || hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59)
        {
            return false;
        }

        instant = Instant.FromUtc(year, month, day, hour, minute, second);
        return true;
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits from <paramref name="start"/>; -1 when one is not a digit.</summary>
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    /// <summary>
    /// Parses the value of a named input; on failure adds <c>field: reason</c> to <paramref name="errors"/> and returns
    /// the default instant (callers check <paramref name="errors"/> before using it).
    /// </summary>
    public static Instant ParseField(string field, string? text, ICollection<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add($"{field}: is required");
            return default;
        }

        if (!TryParse(text, out var instant, out var error))
        {
            errors.Add($"{field}: {error}");
        }

        return instant;
    }

    /// <summary>Formats as local date and time with its offset in <paramref name="zone"/>, e.g. <c>2026-11-02T09:00:00-05:00</c>.</summary>
    public static string FormatLocal(Instant instant, DateTimeZone zone) =>
        Patterns[0].Format(instant.InZone(zone).ToOffsetDateTime());

    /// <summary>Formats as UTC, e.g. <c>2026-11-02T14:00:00Z</c> (fractions of a second only when present).</summary>
    public static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
