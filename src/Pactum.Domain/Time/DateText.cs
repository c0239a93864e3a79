using NodaTime;
using NodaTime.Text;

namespace Pactum.Domain.Time;

/// <summary>
/// Reads a calendar day written as ISO-8601, <c>2026-12-25</c> (surrounding spaces ignored), in the supported years
/// (<see cref="SupportedTime"/>). Every day a user gives — a holiday, a review date, a visit's day, a rep's return —
/// is read here, so they are all refused for the same reasons in the same words.
/// </summary>
public static class DateText
{
    /// <summary>
    /// Parses <paramref name="text"/>; on failure <paramref name="error"/> says what was expected, in
    /// <paramref name="notADate"/>'s words when the text is no date at all (a field that also takes other values says so).
    /// </summary>
    public static bool TryParse(string? text, out LocalDate date, out string error, string? notADate = null)
    {
        var parsed = LocalDatePattern.Iso.Parse(text?.Trim() ?? "");
        error = !parsed.Success ? notADate ?? $"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-25"
            : !SupportedTime.ContainsYear(parsed.Value.Year) ? SupportedTime.Explain(text!.Trim())
            : "";
        date = error.Length == 0 ? parsed.Value : default;
        return error.Length == 0;
    }
}
