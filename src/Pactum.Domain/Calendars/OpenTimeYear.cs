using NodaTime;

namespace Pactum.Domain.Calendars;

/// <summary>
/// The open intervals of one local calendar year — every interval that starts on a local date of that year, holidays
/// left out, closures cut out — as sorted, disjoint tick ranges with prefix sums of open time, so that open time
/// before any instant is one binary search away. Built once per year and calendar, then shared (immutable).
/// </summary>
internal sealed class OpenTimeYear
{
    private readonly long[] _starts;
    private readonly long[] _ends;

    /// <summary><c>_before[i]</c> is the open ticks in intervals 0..i-1; <c>_before[n]</c> the year's total.</summary>
    private readonly long[] _before;

    private OpenTimeYear(List<(long Start, long End)> intervals)
    {
        _starts = new long[intervals.Count];
        _ends = new long[intervals.Count];
        _before = new long[intervals.Count + 1];
        for (var i = 0; i < intervals.Count; i++)
        {
            _starts[i] = intervals[i].Start;
            _ends[i] = intervals[i].End;
            _before[i + 1] = _before[i] + (intervals[i].End - intervals[i].Start);
        }
    }

    public int Count => _starts.Length;

    public long TotalTicks => _before[^1];

    public long FirstStart => _starts.Length == 0 ? long.MaxValue : _starts[0];

    public long LastEnd => _ends.Length == 0 ? long.MinValue : _ends[^1];

    public long StartAt(int i) => _starts[i];

    public long EndAt(int i) => _ends[i];

    public static OpenTimeYear Build(int year, BusinessCalendar calendar)
    {
        var intervals = new List<(long Start, long End)>(300);
        var zone = calendar.Zone;
        for (var date = new LocalDate(year, 1, 1); date.Year == year; date = date.PlusDays(1))
        {
            var day = calendar.Hours.On(date.DayOfWeek);
            if (day.Count == 0 || calendar.Holidays.Contains(date))
            {
                continue;
            }

            foreach (var hours in day)
            {
                var start = zone.AtLeniently(date + hours.Start).ToInstant().ToUnixTimeTicks();
                var end = zone.AtLeniently((hours.EndsNextDay ? date.PlusDays(1) : date) + hours.End).ToInstant().ToUnixTimeTicks();
                AddOutsideClosures(intervals, start, end, calendar.ClosureTicks);
            }
        }

        intervals.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new OpenTimeYear(intervals);
    }

    /// <summary>Open ticks of this year strictly before <paramref name="ticks"/>.</summary>
    public long OpenBefore(long ticks)
    {
        var i = LastStartingAtOrBefore(ticks);
        return i < 0 ? 0 : _before[i] + (Math.Min(ticks, _ends[i]) - _starts[i]);
    }

    /// <summary>
    /// The instant at which this year's open time before it reaches <paramref name="openTicks"/> (0 &lt; openTicks ≤ total):
    /// inside the interval where it is reached, at its end when that interval is exactly used up.
    /// </summary>
    public long InstantWhereOpenReaches(long openTicks)
    {
        // The first interval whose cumulative end reaches the target.
        int lo = 0, hi = _starts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_before[mid + 1] >= openTicks)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return _starts[lo] + (openTicks - _before[lo]);
    }

    /// <summary>The first instant at or after <paramref name="ticks"/> that is open in this year, or null.</summary>
    public long? NextOpenAtOrAfter(long ticks)
    {
        var i = LastStartingAtOrBefore(ticks);
        if (i >= 0 && ticks < _ends[i])
        {
            return ticks;
        }

        return i + 1 < _starts.Length ? _starts[i + 1] : null;
    }

    private int LastStartingAtOrBefore(long ticks)
    {
        var index = Array.BinarySearch(_starts, ticks);
        return index >= 0 ? index : ~index - 1;
    }

    private static void AddOutsideClosures(List<(long Start, long End)> intervals, long start, long end, IReadOnlyList<(long From, long To)> closures)
    {
        foreach (var (from, to) in closures)
        {
            if (to <= start || from >= end)
            {
                continue;
            }

            if (from > start)
            {
                intervals.Add((start, from));
            }

            start = Math.Max(start, to);
            if (start >= end)
            {
                return;
            }
        }

        if (end > start)
        {
            intervals.Add((start, end));
        }
    }
}
