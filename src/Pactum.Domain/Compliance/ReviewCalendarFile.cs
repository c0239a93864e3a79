using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Pactum.Domain.Compliance;

/// <summary>
/// Writes review dates as an iCalendar file (RFC 5545) that calendar programs import: one all-day event per review,
/// with a reminder the day before. Lines end in CRLF and are folded at 75 octets; text values are escaped.
/// </summary>
public static class ReviewCalendarFile
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");
    private static readonly InstantPattern StampPattern = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");

    /// <summary>The calendar of <paramref name="reviews"/> of agreement <paramref name="agreementId"/>, stamped at <paramref name="now"/>; <paramref name="link"/> is the review pack's address.</summary>
    public static string Write(string agreementId, IEnumerable<ReviewDate> reviews, Instant now, string link)
    {
        var text = new StringBuilder();
        void Line(string line) => Fold(text, line);
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Pactum//Agreement reviews//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        foreach (var review in reviews)
        {
            var day = DatePattern.Format(review.Day);
            Line("BEGIN:VEVENT");
            Line($"UID:{agreementId}-{review.Kind.ToString().ToLowerInvariant()}-{day}@pactum");
            Line($"DTSTAMP:{StampPattern.Format(now)}");
            Line($"DTSTART;VALUE=DATE:{day}");
            Line($"DTEND;VALUE=DATE:{DatePattern.Format(review.Day.PlusDays(1))}");
            Line($"SUMMARY:{Escape(review.Title)}");
            Line($"DESCRIPTION:{Escape($"Review pack: {link}")}");
            Line($"URL:{link}");
            Line("BEGIN:VALARM");
            Line("ACTION:DISPLAY");
            Line("TRIGGER:-P1D");
            Line($"DESCRIPTION:{Escape($"Tomorrow: {review.Title}")}");
            Line("END:VALARM");
            Line("END:VEVENT");
        }

        Line("END:VCALENDAR");
        return text.ToString();
    }

    /// <summary>Escapes a TEXT value: backslash, semicolon, comma and newlines.</summary>
    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    // Folds a content line into lines of at most 75 octets (UTF-8), continuation lines starting with a space, never
    // splitting a character.
    private static void Fold(StringBuilder text, string line)
    {
        var limit = 75;
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 1;
                limit = 75;
            }

            text.Append(rune.ToString());
            octets += size;
        }

        text.Append("\r\n");
    }
}
