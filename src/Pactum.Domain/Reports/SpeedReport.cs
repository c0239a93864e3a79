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
        var inMonth = handOffs.Where(h => month.Contains(h.HandedOffAt)).OrderBy(h => h.HandedOffAt).ThenBy(h => h.LeadId, StringComparer.Ordinal).ToList();
        // Each hand-off's local day is worked out once; groups are keyed by value and named once per group.
        var measured = inMonth.Select(h => (HandOff: h, Day: h.HandedOffAt.InZone(month.Zone).Date, Lead: h.FirstAttempt is null ? null : SpeedLead.Of(h, calendar))).ToList();
        var leads = measured.Where(m => m.Lead is not null).Select(m => m.Lead!).ToList();
        var untouched = measured.Where(m => m.Lead is null).Select(m => m.HandOff.LeadId).ToList();

        List<SpeedFigures> By<TKey>(Func<(HandOffTouch HandOff, LocalDate Day, SpeedLead? Lead), TKey> key, Func<TKey, string> name)
            where TKey : notnull =>
            measured.GroupBy(key).Select(g => (Name: name(g.Key), Group: g)).OrderBy(g => g.Name, StringComparer.Ordinal)
                .Select(g => SpeedFigures.Of(g.Name, g.Group.Where(m => m.Lead is not null).Select(m => m.Lead!.Minutes).ToList(), g.Group.LongCount(m => m.Lead is null), goal))
                .ToList();

        return new SpeedReport(
            month, calendar is not null, goal, leads, untouched,
            SpeedFigures.Of(month.ToString(), leads.Select(l => l.Minutes).ToList(), untouched.Count, goal),
            By(m => m.Day, Text), By(m => m.Day.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)), Text), By(m => m.HandOff.Owner ?? "", o => o),
            SpeedBucket.Of(leads));
    }

    private static string Text(LocalDate date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
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
