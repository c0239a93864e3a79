using NodaTime;
using Pactum.Domain.Files;

namespace Pactum.Domain.Time;

/// <summary>Reads a time zone a user typed: an IANA name, or nothing for UTC.</summary>
public static class TimeZoneText
{
    /// <summary>
    /// The zone named by <paramref name="text"/> (UTC when blank); on an unknown name, UTC and
    /// <c>field: reason</c> (with a suggestion when one is close) added to <paramref name="errors"/>.
    /// </summary>
    public static DateTimeZone ParseField(string field, string? text, ICollection<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DateTimeZone.Utc;
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(text.Trim()) is { } zone)
        {
            return zone;
        }

        var suggestion = Spelling.Closest(text.Trim(), DateTimeZoneProviders.Tzdb.Ids);
        errors.Add($"{field}: '{text}' is not an IANA time zone{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}; write a name such as America/New_York");
        return DateTimeZone.Utc;
    }
}
