using NodaTime;
using Pactum.Domain.Calendars;

namespace Pactum.Domain.Tests.Calendars;

/// <summary>
/// Random but valid calendars for property tests: zones with daylight-saving changes (including half-hour ones),
/// zero to three intervals a day on a quarter-hour grid, overnight shifts, holidays and closures.
/// </summary>
public static class RandomCalendars
{
    private static readonly string[] Zones =
    [
        "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham",
        "America/Sao_Paulo", "UTC",
    ];

    public static readonly Instant Epoch = NodaTime.Instant.FromUtc(2024, 1, 1, 0, 0);

    /// <summary>The calendar that <paramref name="seed"/> describes (the same seed gives the same calendar).</summary>
    public static BusinessCalendar From(int seed)
    {
        var random = new Random(seed);
        var zone = DateTimeZoneProviders.Tzdb[Zones[random.Next(Zones.Length)]];
        var hours = new Dictionary<IsoDayOfWeek, IReadOnlyList<OpenHours>>();
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            if (random.Next(4) == 0)
            {
                continue; // a closed day
            }

            var intervals = Intervals(random);
            if (intervals.Count > 0)
            {
                hours[day] = intervals;
            }
        }

        // Drop whatever overlaps across days (an overnight shift running into the next morning's hours).
        while (WeeklyHours.FindOverlaps(hours) is { Count: > 0 } overlaps)
        {
            var (day, index) = (overlaps[0].Day, overlaps[0].Index);
            var kept = hours[day].Where((_, i) => i != index).ToList();
            if (kept.Count == 0)
            {
                hours.Remove(day);
            }
            else
            {
                hours[day] = kept;
            }
        }

        var holidays = Enumerable.Range(0, random.Next(12)).Select(_ => new LocalDate(2024, 1, 1).PlusDays(random.Next(900)));
        var closures = Enumerable.Range(0, random.Next(4)).Select(_ =>
        {
            var from = Epoch + Duration.FromMinutes(random.Next(900 * 1440));
            return new Closure(from, from + Duration.FromMinutes(1 + random.Next(5 * 1440)), "random");
        });
        return new BusinessCalendar(zone, new WeeklyHours(hours), holidays, closures);
    }

    /// <summary>A random instant within about two and a half years from <see cref="Epoch"/>, to the second.</summary>
    public static Instant Instant(Random random) => Epoch + Duration.FromSeconds(random.NextInt64(900L * 86400));

    private static List<OpenHours> Intervals(Random random)
    {
        // Sorted quarter-hour points of the day, paired into intervals; maybe one overnight interval last.
        var count = random.Next(1, 4);
        var points = Enumerable.Range(0, count * 2).Select(_ => random.Next(96) * 15).Distinct().Order().ToList();
        var intervals = new List<OpenHours>();
        for (var i = 0; i + 1 < points.Count; i += 2)
        {
            intervals.Add(new OpenHours(Time(points[i]), Time(points[i + 1]), endsNextDay: false));
        }

        if (points.Count % 2 == 1 || random.Next(5) == 0)
        {
            var start = points.Count % 2 == 1 ? points[^1] : 1425;
            if (intervals.Count == 0 || intervals[^1].EndMinute <= start)
            {
                var end = random.Next(start / 15) * 15;
                intervals.Add(new OpenHours(Time(start), Time(end), endsNextDay: true));
            }
        }

        return intervals;
    }

    private static LocalTime Time(int minuteOfDay) => new LocalTime(minuteOfDay / 60, minuteOfDay % 60);
}
