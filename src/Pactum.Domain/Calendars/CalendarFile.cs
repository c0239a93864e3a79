using NodaTime;
using Pactum.Domain.Files;
using Pactum.Domain.Time;
using ParseResultOf = Pactum.Domain.Files.ParseResult<Pactum.Domain.Calendars.BusinessCalendar>;

namespace Pactum.Domain.Calendars;

/// <summary>
/// Reads the calendar file format of SPEC I3 — <c>timeZone</c> (IANA), <c>hours</c> (weekday → list of
/// <c>"HH:mm-HH:mm"</c>), <c>holidays</c> (local dates) and <c>closures</c> (<c>from</c>, <c>to</c>, <c>reason</c>) —
/// reporting every problem with its line and field: an unknown zone, a time such as <c>25:00</c>, overlapping
/// intervals, a misspelt day name, a closure that ends before it starts.
/// </summary>
public static class CalendarFile
{
    private static readonly string[] Fields = ["timeZone", "hours", "holidays", "closures"];
    private static readonly string[] ClosureFields = ["from", "to", "reason"];
    private static readonly string[] DayNames = Enumerable.Range(1, 7).Select(d => WeeklyHours.DayName((IsoDayOfWeek)d)).ToArray();

    /// <summary>Parses the text of a calendar file named <paramref name="fileName"/> (the name only labels errors).</summary>
    public static ParseResultOf Parse(string text, string fileName)
    {
        var errors = new FileErrors(fileName);
        var root = YamlText.LoadRoot(text, errors);
        var calendar = root is null ? null : Read(root);
        return ParseResultOf.From(calendar, errors);
    }

    /// <summary>
    /// Reads a calendar from a mapping (a whole calendar file, or the <c>calendar</c> section of an agreement);
    /// returns <see langword="null"/> when it has errors, which are recorded in the mapping's error collection.
    /// </summary>
    public static BusinessCalendar? Read(YamlMap map)
    {
        var before = map.Errors.Count;
        map.RejectUnknownKeys(Fields);
        var zone = ReadZone(map);
        var hours = ReadHours(map);
        var holidays = ReadHolidays(map);
        var closures = ReadClosures(map);
        return map.Errors.Count > before || zone is null || hours is null
            ? null
            : new BusinessCalendar(zone, hours, holidays, closures);
    }

    private static DateTimeZone? ReadZone(YamlMap map)
    {
        var id = map.String("timeZone", required: true);
        if (id is null)
        {
            return null;
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
        if (zone is null)
        {
            var suggestion = Spelling.Closest(id, DateTimeZoneProviders.Tzdb.Ids);
            var hint = suggestion is null ? "" : $" (did you mean '{suggestion}'?)";
            map.Errors.Add(map.Get("timeZone"), map.FieldPath("timeZone"), $"'{id}' is not an IANA time zone{hint}; write a name such as America/New_York or Europe/Berlin");
        }

        return zone;
    }

    private static WeeklyHours? ReadHours(YamlMap map)
    {
        var hoursMap = map.Map("hours", required: true);
        if (hoursMap is null)
        {
            return null;
        }

        hoursMap.RejectUnknownKeys(DayNames);
        var byDay = new Dictionary<IsoDayOfWeek, IReadOnlyList<OpenHours>>();
        var items = new Dictionary<IsoDayOfWeek, IReadOnlyList<YamlItem>>();
        var valid = true;
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            var dayItems = hoursMap.List(WeeklyHours.DayName(day));
            var intervals = new List<OpenHours>();
            foreach (var item in dayItems)
            {
                var text = item.AsString();
                if (text is null)
                {
                    valid = false;
                }
                else if (OpenHours.TryParse(text, out var interval, out var error))
                {
                    intervals.Add(interval!);
                }
                else
                {
                    item.Error(error);
                    valid = false;
                }
            }

            if (intervals.Count > 0)
            {
                byDay[day] = intervals;
                items[day] = dayItems;
            }
        }

        if (!valid)
        {
            return null;
        }

        var overlaps = WeeklyHours.FindOverlaps(byDay);
        foreach (var overlap in overlaps)
        {
            items[overlap.Day][overlap.Index].Error(overlap.Message);
        }

        return overlaps.Count == 0 ? new WeeklyHours(byDay) : null;
    }

    private static List<LocalDate> ReadHolidays(YamlMap map)
    {
        var holidays = new List<LocalDate>();
        foreach (var item in map.List("holidays"))
        {
            var text = item.AsString();
            if (text is null)
            {
                continue;
            }

            if (DateText.TryParse(text, out var day, out var error))
            {
                holidays.Add(day);
            }
            else
            {
                item.Error(error);
            }
        }

        return holidays;
    }

    private static List<Closure> ReadClosures(YamlMap map)
    {
        var closures = new List<Closure>();
        foreach (var item in map.List("closures"))
        {
            var closure = item.AsMap();
            if (closure is null)
            {
                continue;
            }

            closure.RejectUnknownKeys(ClosureFields);
            var from = ReadInstant(closure, "from");
            var to = ReadInstant(closure, "to");
            var reason = closure.String("reason", required: true);
            if (from is null || to is null || reason is null)
            {
                continue;
            }

            if (to <= from)
            {
                closure.Errors.Add(closure.Get("to"), closure.FieldPath("to"), "must be after 'from': a closure is the span [from, to)");
                continue;
            }

            closures.Add(new Closure(from.Value, to.Value, reason));
        }

        return closures;
    }

    private static Instant? ReadInstant(YamlMap map, string key)
    {
        var text = map.String(key, required: true);
        if (text is null)
        {
            return null;
        }

        if (InstantText.TryParse(text, out var instant, out var error))
        {
            return instant;
        }

        map.Errors.Add(map.Get(key), map.FieldPath(key), error);
        return null;
    }
}
