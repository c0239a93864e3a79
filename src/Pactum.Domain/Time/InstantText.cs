using NodaTime;
using NodaTime.Text;

namespace Pactum.Domain.Time;

/// <summary>
/// Reads and writes instants as ISO-8601 text. Input must name its offset: <c>2026-11-02T14:00:00Z</c> or
/// <c>2026-11-02T09:00:00-05:00</c> (fractions of a second allowed); a local time without an offset is refused,
/// because it does not say which instant it means. Output is always UTC with a <c>Z</c>.
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
        instant = default;
        error = "";
        var trimmed = text?.Trim() ?? "";
        foreach (var pattern in Patterns)
        {
            var result = pattern.Parse(trimmed);
            if (result.Success)
            {
                instant = result.Value.ToInstant();
                return true;
            }
        }

        error = $"'{text}' is not an ISO-8601 instant with Z or an offset (e.g. 2026-11-02T14:00:00Z or 2026-11-02T09:00:00-05:00)";
        return false;
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
