using System.Collections.Concurrent;
using NodaTime;

namespace Pactum.Domain.Calendars;

/// <summary>
/// When a team works (SPEC C1): weekly open hours in local wall-clock time of an IANA time zone, whole local days off
/// (holidays) and exclusion windows (closures, as instants). Answers "when is N business minutes after this instant"
/// (<see cref="Due"/>) and "how much business time lies between two instants" (<see cref="Elapsed"/>) by interval
/// arithmetic over each local year's open intervals, never by stepping through minutes.
/// </summary>
/// <remarks>
/// <para>Semantics (DESIGN.md):</para>
/// <list type="bullet">
/// <item>Open intervals are half-open, [start, end); an interval belongs to the local day it starts on, so a holiday
/// removes the overnight interval that starts on it, including its part after midnight.</item>
/// <item>Local times are turned into instants leniently: a time skipped by a spring-forward change moves forward by
/// the gap; an ambiguous time at a fall-back change takes the earlier offset.</item>
/// <item>A deadline that exactly uses up an open interval lands at that interval's end, not at the next opening.</item>
/// <item>A start outside open hours starts counting at the next opening; zero minutes are due at the first open
/// instant at or after the start.</item>
/// <item>A calendar that never opens again makes a deadline <see cref="BusinessDue.Unreachable"/>.</item>
/// </list>
/// <para>Instances are immutable and thread-safe; each year's intervals are built on first use and cached.</para>
/// </remarks>
public sealed class BusinessCalendar
{
    private readonly ConcurrentDictionary<int, OpenTimeYear> _years = new();

    /// <summary>Creates a calendar; <paramref name="closures"/> may be given in any order and may overlap.</summary>
    public BusinessCalendar(DateTimeZone zone, WeeklyHours hours, IEnumerable<LocalDate> holidays, IEnumerable<Closure> closures)
    {
        Zone = zone;
        Hours = hours;
        Holidays = holidays.ToHashSet();
        Closures = closures.OrderBy(c => c.From).ToList();
        if (Closures.Any(c => c.To <= c.From))
        {
            throw new ArgumentException("A closure must end after it starts.", nameof(closures));
        }

        ClosureTicks = Closures.Select(c => (c.From.ToUnixTimeTicks(), c.To.ToUnixTimeTicks())).ToArray();
    }

    /// <summary>The time zone in which the weekly hours and holidays are read.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The weekly open hours.</summary>
    public WeeklyHours Hours { get; }

    /// <summary>Whole local days that are closed, whatever the weekly hours say.</summary>
    public IReadOnlySet<LocalDate> Holidays { get; }

    /// <summary>Exclusion windows (SPEC A6), ordered by start.</summary>
    public IReadOnlyList<Closure> Closures { get; }

    /// <summary>The closures as half-open tick ranges, ordered by start.</summary>
    internal IReadOnlyList<(long From, long To)> ClosureTicks { get; }

    /// <summary>
    /// The instant at which <paramref name="businessTime"/> of open time has elapsed after <paramref name="start"/>:
    /// inside the open interval where it is reached, or at that interval's end when the interval is exactly used up.
    /// Zero is due at the first open instant at or after <paramref name="start"/>. Unreachable when the calendar
    /// never provides that much open time.
    /// </summary>
    public BusinessDue Due(Instant start, Duration businessTime)
    {
        if (businessTime < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(businessTime), "Business time cannot be negative.");
        }

        if (Hours.IsNeverOpen)
        {
            return BusinessDue.Unreachable;
        }

        var startTicks = start.ToUnixTimeTicks();
        var remaining = businessTime.BclCompatibleTicks;
        var firstYear = UtcYear(startTicks) - 1;
        for (var year = firstYear; year <= LastSearchedYear; year++)
        {
            var open = Year(year);
            if (remaining == 0)
            {
                if (open.NextOpenAtOrAfter(startTicks) is { } next)
                {
                    return BusinessDue.At(Instant.FromUnixTimeTicks(next));
                }

                continue;
            }

            var before = open.OpenBefore(startTicks);
            var available = open.TotalTicks - before;
            if (available >= remaining)
            {
                return BusinessDue.At(Instant.FromUnixTimeTicks(open.InstantWhereOpenReaches(before + remaining)));
            }

            remaining -= available;
        }

        return BusinessDue.Unreachable;
    }

    /// <summary>
    /// The open time in the half-open span [<paramref name="from"/>, <paramref name="to"/>); zero when
    /// <paramref name="to"/> is not after <paramref name="from"/>.
    /// </summary>
    public Duration Elapsed(Instant from, Instant to)
    {
        if (to <= from || Hours.IsNeverOpen)
        {
            return Duration.Zero;
        }

        var (fromTicks, toTicks) = (from.ToUnixTimeTicks(), to.ToUnixTimeTicks());
        long open = 0;
        for (var year = UtcYear(fromTicks) - 1; year <= UtcYear(toTicks) + 1; year++)
        {
            var intervals = Year(year);
            open += intervals.OpenBefore(toTicks) - intervals.OpenBefore(fromTicks);
        }

        return Duration.FromTicks(open);
    }

    /// <summary>The open intervals whose local start date falls in <paramref name="year"/>.</summary>
    internal OpenTimeYear Year(int year) => _years.GetOrAdd(year, static (y, calendar) => OpenTimeYear.Build(y, calendar), this);

    /// <summary>
    /// The last local year searched: the last supported year (<see cref="Time.SupportedTime"/>). Every year after the
    /// last holiday or closure has open time when the weekly hours have any, so a search only gives up there: a deadline
    /// past the supported years is unreachable.
    /// </summary>
    private const int LastSearchedYear = Time.SupportedTime.LastYear;

    private static int UtcYear(long unixTicks) => Instant.FromUnixTimeTicks(unixTicks).InUtc().Year;
}
