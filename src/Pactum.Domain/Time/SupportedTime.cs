using NodaTime;

namespace Pactum.Domain.Time;

/// <summary>
/// The span of time Pactum works in: instants from 1900-01-01T00:00:00Z up to, not including, 2200-01-01T00:00:00Z
/// (SPEC X6). Everything a user gives — an event's instant, a month, a day, a closure — is checked against it where it
/// enters, so that arithmetic beyond it (a month after the last, a business deadline a year on, a time zone's rules)
/// never leaves the range the calendar libraries support. Half-open: [<see cref="Start"/>, <see cref="End"/>).
/// </summary>
public static class SupportedTime
{
    /// <summary>The first supported instant, 1900-01-01T00:00:00Z.</summary>
    public static readonly Instant Start = Instant.FromUtc(1900, 1, 1, 0, 0);

    /// <summary>The first instant past the supported span, 2200-01-01T00:00:00Z.</summary>
    public static readonly Instant End = Instant.FromUtc(2200, 1, 1, 0, 0);

    /// <summary>The first supported year.</summary>
    public const int FirstYear = 1900;

    /// <summary>The last supported year.</summary>
    public const int LastYear = 2199;

    /// <summary>Whether <paramref name="instant"/> is in the supported span.</summary>
    public static bool Contains(Instant instant) => instant >= Start && instant < End;

    /// <summary>Whether <paramref name="year"/> is a supported year (every day of it, in any zone, is usable).</summary>
    public static bool ContainsYear(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>What a user is told when a value falls outside the span.</summary>
    public static string Explain(string value) => $"'{value}' is outside the supported years {FirstYear}–{LastYear}";
}
