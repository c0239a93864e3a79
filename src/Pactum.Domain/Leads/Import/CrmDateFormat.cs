using System.Text;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;
using Pactum.Domain.Time;

namespace Pactum.Domain.Leads.Import;

/// <summary>
/// The way a CRM export writes dates: a pattern such as <c>M/d/yyyy</c>, <c>dd/MM/yyyy</c>, <c>M/d/yyyy h:mm a</c> or
/// <c>yyyy-MM-dd HH:mm</c> (<c>y</c> year, <c>M</c> month, <c>d</c> day, <c>H</c> 24-hour, <c>h</c> 12-hour, <c>mm</c>
/// minutes, <c>ss</c> seconds, <c>a</c> or <c>tt</c> AM/PM), read with the invariant culture as local times in a zone.
/// </summary>
/// <remarks>
/// One export mixes date-and-time columns (Create Date) with date-only ones (Converted Date), so a cell may carry
/// either: with a date-only pattern, a cell may add a time as <c>h:mm a</c> or <c>H:mm</c> (seconds optional); with a
/// date-and-time pattern, a cell may give the date alone. A date alone means the start of that day in the zone.
/// Local times are resolved leniently: a time skipped by a spring-forward change moves forward by the gap, an
/// ambiguous one (fall back) takes the earlier offset.
/// </remarks>
public sealed class CrmDateFormat
{
    private static readonly string[] TimeSuffixes = [" h:mm tt", " h:mm:ss tt", " H:mm", " H:mm:ss"];

    private readonly LocalDatePattern datePattern;
    private readonly IReadOnlyList<LocalDateTimePattern> dateTimePatterns;

    private CrmDateFormat(string text, LocalDatePattern datePattern, IReadOnlyList<LocalDateTimePattern> dateTimePatterns)
    {
        Text = text;
        this.datePattern = datePattern;
        this.dateTimePatterns = dateTimePatterns;
    }

    /// <summary>HubSpot's export format: <c>yyyy-MM-dd HH:mm</c>.</summary>
    public static CrmDateFormat HubSpot { get; } = Create("yyyy-MM-dd HH:mm");

    /// <summary>The pattern as the user gave it, for messages.</summary>
    public string Text { get; }

    /// <summary>Reads a pattern; false with the reason when it is not a usable date pattern.</summary>
    public static bool TryCreate(string? text, out CrmDateFormat format, out string error)
    {
        format = null!;
        error = "";
        var given = text?.Trim() ?? "";
        var noda = ToNodaPattern(given);
        var letters = Unquoted(noda);
        if (!letters.Contains('M', StringComparison.Ordinal) || !letters.Contains('d', StringComparison.Ordinal) ||
            !(letters.Contains('y', StringComparison.Ordinal) || letters.Contains('u', StringComparison.Ordinal)))
        {
            error = $"'{given}' is not a date format: it needs the year, month and day (e.g. M/d/yyyy, dd/MM/yyyy or yyyy-MM-dd HH:mm)";
            return false;
        }

        try
        {
            var timeAt = letters.IndexOfAny(['H', 'h', 'm', 's', 't']);
            var dateOnly = timeAt < 0 ? noda : noda[..timeAt].TrimEnd(' ', ',');
            var full = timeAt < 0 ? TimeSuffixes.Select(suffix => noda + suffix) : [noda];
            format = new CrmDateFormat(
                given,
                LocalDatePattern.CreateWithInvariantCulture(dateOnly),
                full.Select(LocalDateTimePattern.CreateWithInvariantCulture).ToList());
            return true;
        }
        catch (InvalidPatternException e)
        {
            error = $"'{given}' is not a date format: {e.Message}";
            return false;
        }
    }

    /// <summary>Reads a pattern; throws <see cref="ArgumentException"/> with the reason when it is not usable.</summary>
    public static CrmDateFormat Create(string? text) =>
        TryCreate(text, out var format, out var error) ? format : throw new ArgumentException(error, nameof(text));

    /// <summary>
    /// The instant a cell names in <paramref name="zone"/>; false when it does not match this format, or names a day
    /// outside the supported years (<see cref="SupportedTime"/>; <paramref name="outOfRange"/> is then true).
    /// </summary>
    public bool TryParse(string text, DateTimeZone zone, out Instant instant, out bool outOfRange)
    {
        instant = default;
        outOfRange = false;
        var date = datePattern.Parse(text);
        if (date.Success)
        {
            outOfRange = !SupportedTime.ContainsYear(date.Value.Year);
            instant = outOfRange ? default : zone.AtStartOfDay(date.Value).ToInstant();
            return !outOfRange;
        }

        foreach (var pattern in dateTimePatterns)
        {
            var local = pattern.Parse(text);
            if (local.Success)
            {
                outOfRange = !SupportedTime.ContainsYear(local.Value.Year);
                instant = outOfRange ? default : local.Value.InZone(zone, Resolvers.LenientResolver).ToInstant();
                return !outOfRange;
            }
        }

        return false;
    }

    /// <summary>The Noda Time pattern for a user's pattern: <c>a</c> (AM/PM, as Java and Unicode write it) is <c>tt</c>.</summary>
    private static string ToNodaPattern(string text)
    {
        var result = new StringBuilder(text.Length + 2);
        var quoted = false;
        foreach (var c in text)
        {
            quoted ^= c == '\'';
            result.Append(!quoted && c == 'a' ? "tt" : c.ToString());
        }

        return result.ToString();
    }

    /// <summary>The pattern with quoted literals blanked, so field letters can be looked for.</summary>
    private static string Unquoted(string pattern)
    {
        var result = new StringBuilder(pattern.Length);
        var quoted = false;
        foreach (var c in pattern)
        {
            quoted ^= c == '\'';
            result.Append(quoted || c == '\'' ? ' ' : c);
        }

        return result.ToString();
    }
}
