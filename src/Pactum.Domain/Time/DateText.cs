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
    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what was expected.</summary>
    public static bool TryParse(string? text, out LocalDate date, out string error)
    {
        var parsed = LocalDatePattern.Iso.Parse(text?.Trim() ?? "");
        error = !parsed.Success ? $"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-25"
            : !SupportedTime.ContainsYear(parsed.Value.Year) ? SupportedTime.Explain(text!.Trim())
            : "";
        date = error.Length == 0 ? parsed.Value : default;
        return error.Length == 0;
    }

    /// <summary>Whether <paramref name="text"/> is a well-written day outside the supported years.</summary>
    public static bool IsOutsideSupportedYears(string? text) =>
        LocalDatePattern.Iso.Parse(text?.Trim() ?? "") is { Success: true } parsed && !SupportedTime.ContainsYear(parsed.Value.Year);
}
