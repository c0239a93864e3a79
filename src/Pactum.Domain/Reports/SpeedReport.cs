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
        var dayStarts = Enumerable.Range(0, month.Days + 1).Select(d => month.Month.OnDayOfMonth(1).PlusDays(d).AtStartOfDayInZone(month.Zone).ToInstant()).ToArray();
        var inMonth = handOffs.Where(h => h.HandedOffAt >= dayStarts[0] && h.HandedOffAt < dayStarts[^1]).ToArray();
        Array.Sort(inMonth, (a, b) => a.HandedOffAt != b.HandedOffAt ? a.HandedOffAt.CompareTo(b.HandedOffAt) : string.CompareOrdinal(a.LeadId, b.LeadId));
        var leads = new List<SpeedLead>(inMonth.Length);
        var untouched = new List<string>();
        var (byDay, byWeek, byRep) = (new SpeedGroups(), new SpeedGroups(), new SpeedGroups());
        var day = 0;
        foreach (var h in inMonth)
        {
            // The hand-offs are in time order, so each one's local day is found by moving forward over the day starts.
            while (h.HandedOffAt >= dayStarts[day + 1])
            {
                day++;
            }

            var date = month.Month.OnDayOfMonth(day + 1);
            var lead = h.FirstAttempt is null ? null : SpeedLead.Of(h, calendar);
            if (lead is null)
            {
                untouched.Add(h.LeadId);
            }
            else
            {
                leads.Add(lead);
            }

            byDay.Add(Text(date), lead);
            byWeek.Add(Text(date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday))), lead);
            byRep.Add(h.Owner ?? "", lead);
        }

        return new SpeedReport(
            month, calendar is not null, goal, leads, untouched,
            SpeedFigures.Of(month.ToString(), leads.Select(l => l.Minutes).ToArray(), untouched.Count, goal),
            byDay.Figures(goal), byWeek.Figures(goal), byRep.Figures(goal), SpeedBucket.Of(leads));
    }

    private static string Text(LocalDate date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The minutes of the touched leads and the count of untouched ones per group (a day, a week, a rep).</summary>
internal sealed class SpeedGroups
{
    private readonly Dictionary<string, (List<decimal> Minutes, long Untouched)> _groups = new(StringComparer.Ordinal);

    public void Add(string key, SpeedLead? lead)
    {
        if (!_groups.TryGetValue(key, out var group))
        {
            group = ([], 0);
        }

        if (lead is null)
        {
            group.Untouched++;
        }
        else
        {
            group.Minutes.Add(lead.Minutes);
        }

        _groups[key] = group;
    }

    /// <summary>The figures of each group, by key (ordinal).</summary>
    public List<SpeedFigures> Figures(decimal? goal) =>
        _groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => SpeedFigures.Of(g.Key, g.Value.Minutes.ToArray(), g.Value.Untouched, goal)).ToList();
}

/// <summary>
/// One touched lead: its hand-off and first attempt, the wall-clock minutes between them, the minutes the report
/// measures (<see cref="Minutes"/>: business minutes when measured on a calendar, else wall-clock) and its owner.
/// </summary>
public sealed record SpeedLead(string LeadId, string? Owner, Instant HandedOffAt, Instant FirstAttemptAt, decimal WallMinutes, decimal Minutes)
{
    internal static SpeedLead Of(HandOffTouch h, BusinessCalendar? calendar)
    {
        var attempt = h.FirstAttempt!.Value;
        var wall = InMinutes(attempt - h.HandedOffAt);
        var measured = calendar is null ? wall : InMinutes(calendar.Elapsed(h.HandedOffAt, attempt));
        return new SpeedLead(h.LeadId, h.Owner, h.HandedOffAt, attempt, wall, measured);
    }

    private static decimal InMinutes(Duration duration) => Percentiles.Round(BusinessMinutes.FromDuration(duration));
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
