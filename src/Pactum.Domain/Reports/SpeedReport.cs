using NodaTime;
using Pactum.Domain.Calendars;
using Pactum.Domain.Time;

namespace Pactum.Domain.Reports;

/// <summary>
/// Follow-up speed (SPEC R2, I5): for each lead first handed off in the month (local, the report's zone) that has an
/// attempt, the minutes from that hand-off to its first attempt at or after it — wall-clock, or business minutes on
/// the calendar when one is given — with the figures for the month, per day, week (Monday to Sunday, named by its
/// Monday) and rep, the distribution over day buckets, and the leads not yet touched.
/// </summary>
public sealed record SpeedReport(
    MonthSpan Month, bool Business, decimal? Goal, IReadOnlyList<SpeedLead> Leads, IReadOnlyList<string> UntouchedLeads,
    SpeedFigures Total, IReadOnlyList<SpeedFigures> ByDay, IReadOnlyList<SpeedFigures> ByWeek, IReadOnlyList<SpeedFigures> ByRep,
    IReadOnlyList<SpeedBucket> Buckets)
{
    /// <summary>
    /// The report of <paramref name="handOffs"/> (those first handed off in <paramref name="month"/> are kept), measured
    /// on <paramref name="calendar"/> when given, against <paramref name="goal"/> minutes when given. Minutes are exact
    /// to the second and rounded to two places; day buckets count whole wall-clock days.
    /// </summary>
    public static SpeedReport Build(MonthSpan month, IEnumerable<HandOffTouch> handOffs, BusinessCalendar? calendar = null, decimal? goal = null)
    {
        // Each local day's start, its name and its week's name are worked out once for the month.
        var dates = Enumerable.Range(0, month.Days + 1).Select(d => month.Month.OnDayOfMonth(1).PlusDays(d)).ToArray();
        var dayStarts = dates.Select(d => d.AtStartOfDayInZone(month.Zone).ToInstant()).ToArray();
        var dayNames = dates.Select(Text).ToArray();
        var weekNames = dates.Select(d => Text(d.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)))).ToArray();
        var inMonth = InHandOffOrder(handOffs.Where(h => h.HandedOffAt >= dayStarts[0] && h.HandedOffAt < dayStarts[^1]).ToArray());
        var untouched = new List<string>();
        var touched = new List<(SpeedLead Lead, long Ticks, int Day, string Rep)>(inMonth.Length);
        var (byDay, byWeek, byRep) = (new SpeedGroups(), new SpeedGroups(), new SpeedGroups());
        var day = 0;
        foreach (var h in inMonth)
        {
            // The hand-offs are in time order, so each one's local day is found by moving forward over the day starts.
            while (h.HandedOffAt >= dayStarts[day + 1])
            {
                day++;
            }

            if (h.FirstAttempt is { } attempt)
            {
                var measured = calendar is null ? attempt - h.HandedOffAt : calendar.Elapsed(h.HandedOffAt, attempt);
                touched.Add((SpeedLead.Of(h, measured), measured.BclCompatibleTicks, day, h.Owner ?? ""));
            }
            else
            {
                untouched.Add(h.LeadId);
                byDay.AddUntouched(dayNames[day]);
                byWeek.AddUntouched(weekNames[day]);
                byRep.AddUntouched(h.Owner ?? "");
            }
        }

        // Minutes go to their groups from the quickest to the slowest, so every group's list is sorted once, by the exact
        // time measured (rounding to minutes keeps that order).
        var order = Enumerable.Range(0, touched.Count).ToArray();
        Array.Sort(touched.Select(t => t.Ticks).ToArray(), order);
        var total = new decimal[touched.Count];
        for (var i = 0; i < order.Length; i++)
        {
            var (lead, _, leadDay, rep) = touched[order[i]];
            total[i] = lead.Minutes;
            byDay.Add(dayNames[leadDay], lead.Minutes);
            byWeek.Add(weekNames[leadDay], lead.Minutes);
            byRep.Add(rep, lead.Minutes);
        }

        var leads = touched.Select(t => t.Lead).ToList();
        return new SpeedReport(
            month, calendar is not null, goal, leads, untouched,
            SpeedFigures.OfSorted(month.ToString(), total, untouched.Count, goal),
            byDay.Figures(goal), byWeek.Figures(goal), byRep.Figures(goal), SpeedBucket.Of(leads));
    }

    // The hand-offs by instant, then lead ID (ordinal); a list that comes in that order (as the storage reads it) is
    // only checked.
    private static HandOffTouch[] InHandOffOrder(HandOffTouch[] handOffs)
    {
        static int Compare(HandOffTouch a, HandOffTouch b) =>
            a.HandedOffAt != b.HandedOffAt ? a.HandedOffAt.CompareTo(b.HandedOffAt) : string.CompareOrdinal(a.LeadId, b.LeadId);

        for (var i = 1; i < handOffs.Length; i++)
        {
            if (Compare(handOffs[i - 1], handOffs[i]) > 0)
            {
                Array.Sort(handOffs, Compare);
                break;
            }
        }

        return handOffs;
    }

    private static string Text(LocalDate date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The minutes of the touched leads and the count of untouched ones per group (a day, a week, a rep).</summary>
internal sealed class SpeedGroups
{
    private readonly Dictionary<string, (List<decimal> Minutes, long Untouched)> _groups = new(StringComparer.Ordinal);

    /// <summary>Adds a touched lead's minutes; each group's minutes must come in ascending order.</summary>
    public void Add(string key, decimal minutes) => Group(key).Minutes.Add(minutes);

    /// <summary>Counts an untouched lead.</summary>
    public void AddUntouched(string key)
    {
        var group = Group(key);
        _groups[key] = group with { Untouched = group.Untouched + 1 };
    }

    /// <summary>The figures of each group, by key (ordinal).</summary>
    public List<SpeedFigures> Figures(decimal? goal) =>
        _groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => SpeedFigures.OfSorted(g.Key, g.Value.Minutes, g.Value.Untouched, goal)).ToList();

    private (List<decimal> Minutes, long Untouched) Group(string key)
    {
        if (!_groups.TryGetValue(key, out var group))
        {
            _groups[key] = group = ([], 0);
        }

        return group;
    }
}

/// <summary>
/// One touched lead: its hand-off and first attempt, the wall-clock minutes between them, the minutes the report
/// measures (<see cref="Minutes"/>: business minutes when measured on a calendar, else wall-clock) and its owner.
/// </summary>
public sealed record SpeedLead(string LeadId, string? Owner, Instant HandedOffAt, Instant FirstAttemptAt, decimal WallMinutes, decimal Minutes)
{
    internal static SpeedLead Of(HandOffTouch h, Duration measured)
    {
        var attempt = h.FirstAttempt!.Value;
        var wall = attempt - h.HandedOffAt;
        var wallMinutes = InMinutes(wall);
        return new SpeedLead(h.LeadId, h.Owner, h.HandedOffAt, attempt, wallMinutes, measured == wall ? wallMinutes : InMinutes(measured));
    }

    /// <summary>
    /// <paramref name="duration"/> in minutes rounded to two places, half away from zero, without trailing zeros — the
    /// same as <see cref="Percentiles.Round"/> of the exact minutes, in integer arithmetic (a month of leads each needs one).
    /// </summary>
    internal static decimal InMinutes(Duration duration)
    {
        const long TicksPerHundredth = NodaConstants.TicksPerMinute / 100;
        var ticks = duration.BclCompatibleTicks;
        var hundredths = Math.DivRem(Math.Abs(ticks), TicksPerHundredth, out var rest) + (rest * 2 >= TicksPerHundredth ? 1 : 0);
        var (value, scale) = hundredths % 100 == 0 ? (hundredths / 100, (byte)0) : hundredths % 10 == 0 ? (hundredths / 10, (byte)1) : (hundredths, (byte)2);
        return new decimal((int)(value & 0xFFFFFFFF), (int)(value >> 32), 0, ticks < 0 && value != 0, scale);
    }
}

/// <summary>
/// How many touched leads took a number of whole wall-clock days to their first attempt within the bucket (SPEC R2):
/// <c>0–10</c>, <c>11–20</c>, <c>21–35</c> and <c>later</c> (36 days or more).
/// </summary>
public sealed record SpeedBucket(string Name, int FromDay, int? ToDay, long Leads)
{
    private static readonly (string Name, int From, int? To)[] Bounds = [("0–10", 0, 10), ("11–20", 11, 20), ("21–35", 21, 35), ("later", 36, null)];

    internal static IReadOnlyList<SpeedBucket> Of(IReadOnlyList<SpeedLead> leads)
    {
        var days = leads.Select(l => (int)((l.FirstAttemptAt - l.HandedOffAt).TotalDays)).ToList();
        return Bounds.Select(b => new SpeedBucket(b.Name, b.From, b.To, days.LongCount(d => d >= b.From && (b.To is not { } to || d <= to)))).ToList();
    }
}
