using NodaTime;

namespace Pactum.Domain.Calendars;

/// <summary>
/// The open hours of each weekday: several <see cref="OpenHours"/> intervals a day, none meaning closed. Intervals
/// may not overlap, counting overnight intervals that run into the next day (Sunday's run into Monday).
/// </summary>
public sealed class WeeklyHours
{
    private const int MinutesPerWeek = 7 * 1440;

    private readonly IReadOnlyList<OpenHours>[] _byDay = new IReadOnlyList<OpenHours>[8];

    /// <summary>
    /// Takes the intervals of each weekday listed (sorted by start); a day not listed is closed.
    /// Throws <see cref="ArgumentException"/> when intervals overlap: check with <see cref="FindOverlaps"/> first.
    /// </summary>
    public WeeklyHours(IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<OpenHours>> hours)
    {
        var overlaps = FindOverlaps(hours);
        if (overlaps.Count > 0)
        {
            throw new ArgumentException($"Open hours overlap: {overlaps[0].Message}", nameof(hours));
        }

        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            _byDay[(int)day] = hours.TryGetValue(day, out var list) ? list.OrderBy(h => h.StartMinute).ToArray() : [];
        }

        IsNeverOpen = _byDay.Skip(1).All(list => list.Count == 0);
    }

    /// <summary>True when no weekday has any open interval: every deadline on such a calendar is unreachable.</summary>
    public bool IsNeverOpen { get; }

    /// <summary>The intervals of <paramref name="day"/>, sorted by start (empty when closed).</summary>
    public IReadOnlyList<OpenHours> On(IsoDayOfWeek day) => _byDay[(int)day];

    /// <summary>
    /// Every interval that overlaps an interval earlier in the week, with a message naming both
    /// (e.g. <c>'05:00-10:00' overlaps friday '22:00-06:00'</c>). Empty when the hours are valid.
    /// </summary>
    public static IReadOnlyList<HoursOverlap> FindOverlaps(IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<OpenHours>> hours)
    {
        // Each interval as minutes of the week (Monday 00:00 = 0); an interval past Sunday midnight wraps to Monday.
        var spans = new List<(int Start, int End, IsoDayOfWeek Day, int Index, OpenHours Hours)>();
        foreach (var (day, list) in hours)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var offset = ((int)day - 1) * 1440;
                var (start, end) = (offset + list[i].StartMinute, offset + list[i].EndMinute);
                spans.Add((start, Math.Min(end, MinutesPerWeek), day, i, list[i]));
                if (end > MinutesPerWeek)
                {
                    spans.Add((0, end - MinutesPerWeek, day, i, list[i]));
                }
            }
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var overlaps = new List<HoursOverlap>();
        for (var i = 1; i < spans.Count; i++)
        {
            var (earlier, later) = (spans[i - 1], spans[i]);
            if (later.Start < earlier.End)
            {
                var (first, second) = (earlier.Day, earlier.Index).CompareTo((later.Day, later.Index)) <= 0 ? (earlier, later) : (later, earlier);
                overlaps.Add(new HoursOverlap(
                    second.Day,
                    second.Index,
                    $"'{second.Hours}' overlaps {DayName(first.Day)} '{first.Hours}'"));
            }
        }

        return overlaps;
    }

    /// <summary>The day's name as calendar files write it: <c>monday</c> … <c>sunday</c>.</summary>
    public static string DayName(IsoDayOfWeek day) => day.ToString().ToLowerInvariant();
}

/// <summary>An interval (by weekday and position in that day's list) that overlaps another, with a message.</summary>
/// <param name="Day">The weekday whose list holds the interval.</param>
/// <param name="Index">The interval's position in that day's list as written.</param>
/// <param name="Message">What overlaps what.</param>
public sealed record HoursOverlap(IsoDayOfWeek Day, int Index, string Message);
