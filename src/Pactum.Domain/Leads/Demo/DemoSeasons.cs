using NodaTime;

namespace Pactum.Domain.Leads.Demo;

/// <summary>
/// When the demo's leads are created: how many in each month (a seasonal factor per calendar month) and at which
/// instants within it (more on weekday business hours than at night or at weekends), in increasing order.
/// </summary>
/// <remarks>
/// Each month's share of the leads is its factor times the part of the month covered (the month of
/// <see cref="DemoHistoryOptions.Until"/> only up to that instant). The factors alternate strong and weak months so
/// that any six consecutive months of the Company X demo have months that hand off 100 leads or more and months
/// that hand off fewer. Within a month, lead <c>j</c> of <c>n</c> falls at the point where the cumulative hourly
/// weight reaches <c>(j + u) / n</c> of the month's weight (<c>u</c> random in [0, 1)): sorted by construction, so
/// the leads can be streamed without sorting.
/// </remarks>
internal static class DemoSeasons
{
    /// <summary>The seasonal factor of each calendar month, January first.</summary>
    public static IReadOnlyList<double> MonthFactors { get; } = [0.75, 0.90, 1.15, 1.05, 1.20, 0.70, 0.70, 0.90, 1.25, 1.15, 1.05, 0.65];

    /// <summary>The creation instants of all <see cref="DemoHistoryOptions.Leads"/> leads, in increasing order.</summary>
    public static IEnumerable<Instant> Arrivals(DemoHistoryOptions options)
    {
        var random = DemoRandom.For(options.Seed, 0);
        var months = Months(options);
        var total = months.Sum(m => m.Weight);
        if (total <= 0)
        {
            yield break;
        }

        var cumulative = 0.0;
        var given = 0;
        for (var i = 0; i < months.Count; i++)
        {
            var month = months[i];
            cumulative += month.Weight;
            var upTo = i == months.Count - 1 ? options.Leads : (int)Math.Round(options.Leads * cumulative / total, MidpointRounding.AwayFromZero);
            foreach (var instant in Within(month, upTo - given, options.Zone, random))
            {
                yield return instant;
            }

            given = upTo;
        }
    }

    /// <summary>The covered span [start, end) of each month and its weight (factor × share of the month covered).</summary>
    private static List<(Instant Start, Instant End, double Weight)> Months(DemoHistoryOptions options)
    {
        var local = options.Until.InZone(options.Zone).Date;
        var last = new LocalDate(local.Year, local.Month, 1);
        var months = new List<(Instant, Instant, double)>(options.Months);
        for (var i = options.Months - 1; i >= 0; i--)
        {
            var first = last.PlusMonths(-i);
            var start = options.Zone.AtStartOfDay(first).ToInstant();
            var fullEnd = options.Zone.AtStartOfDay(first.PlusMonths(1)).ToInstant();
            var end = fullEnd < options.Until ? fullEnd : options.Until;
            var covered = end <= start ? 0.0 : (end - start).TotalSeconds / (fullEnd - start).TotalSeconds;
            months.Add((start, end, MonthFactors[first.Month - 1] * covered));
        }

        return months;
    }

    /// <summary><paramref name="count"/> increasing instants in [start, end), spread by <see cref="HourWeight"/>.</summary>
    private static IEnumerable<Instant> Within((Instant Start, Instant End, double Weight) month, int count, DateTimeZone zone, DemoRandom random)
    {
        var slots = count > 0 ? Slots(month.Start, month.End, zone) : [];
        if (slots.Count == 0)
        {
            yield break;
        }

        var total = slots.Sum(s => s.Weight);
        var slot = 0;
        var before = 0.0; // the weight of the slots before `slot`
        for (var j = 0; j < count; j++)
        {
            var target = (j + random.NextDouble()) / count * total;
            while (slot < slots.Count - 1 && before + slots[slot].Weight <= target)
            {
                before += slots[slot].Weight;
                slot++;
            }

            var (start, length, weight) = slots[slot];
            var fraction = weight > 0 ? Math.Min((target - before) / weight, 1.0) : 0.0;
            var seconds = (long)(fraction * length.TotalSeconds);
            yield return Instant.FromUnixTimeSeconds(start.ToUnixTimeSeconds() + seconds);
        }
    }

    /// <summary>The month cut into hour-long spans of instants, each weighted by its local hour and its length.</summary>
    private static List<(Instant Start, Duration Length, double Weight)> Slots(Instant start, Instant end, DateTimeZone zone)
    {
        var slots = new List<(Instant, Duration, double)>(32 * 24);
        for (var at = start; at < end; at += Duration.FromHours(1))
        {
            var length = end - at < Duration.FromHours(1) ? end - at : Duration.FromHours(1);
            slots.Add((at, length, HourWeight(at.InZone(zone).LocalDateTime) * length.TotalSeconds / 3600));
        }

        return slots;
    }

    /// <summary>How many leads convert in a local hour, relative to the others.</summary>
    private static double HourWeight(LocalDateTime local)
    {
        var weekend = local.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
        return (weekend, local.Hour) switch
        {
            (true, >= 9 and < 21) => 0.6,
            (true, _) => 0.15,
            (false, >= 10 and < 16) => 3.5,
            (false, >= 9 and < 17) => 3.0,
            (false, >= 7 and < 22) => 1.2,
            _ => 0.25,
        };
    }
}
