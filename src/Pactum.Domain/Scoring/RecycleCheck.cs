using NodaTime;
using Pactum.Domain.Calendars;
using Pactum.Domain.Clocks;
using Pactum.Domain.Leads;

namespace Pactum.Domain.Scoring;

/// <summary>
/// Whether a handed-off lead is due to return to marketing (SPEC L6) under the agreement's <see cref="RecycleRules"/>.
/// Only the latest hand-off counts, and only while it is open: no connection, qualification, disqualification,
/// rejection, recycle, nurture enrolment or closed deal since it (a lead recycled and handed off again starts a new
/// count). The lead is then due when the attempts since the hand-off reach <see cref="RecycleRules.AfterAttempts"/>, or
/// when <see cref="RecycleRules.AfterBusinessDays"/> business days have passed since it on the calendar, with the
/// semantics of a clock's business days (<see cref="ClockGoal"/>): to the close of the last day, the hand-off's own day
/// counting when it comes before that day's close, closures pushing it later. The earlier rule wins.
/// </summary>
public static class RecycleCheck
{
    /// <summary>
    /// The recycle <paramref name="lead"/> is due for at <paramref name="now"/>, or null when none is (not handed off,
    /// its latest hand-off no longer open, no rule met yet). The days rule needs <paramref name="calendar"/> and is left
    /// out without one, as is a rule below 1.
    /// </summary>
    public static RecycleDue? Due(RecycleRules rules, Lead lead, BusinessCalendar? calendar, Instant now)
    {
        if (lead.HandOffs.Count == 0 || !IsOpen(lead, lead.HandOffs[^1]))
        {
            return null;
        }

        var handOff = lead.HandOffs[^1];
        var due = new[] { ByAttempts(rules, lead, handOff), ByDays(rules, handOff, calendar) }
            .OfType<RecycleDue>()
            .OrderBy(d => d.At)
            .FirstOrDefault();
        return due is not null && due.At <= now ? due : null;
    }

    /// <summary>
    /// Whether the hand-off is still with sales and not reached: the status is open or in progress (a connection,
    /// qualification or disqualification since it would have changed that) and it was not recycled, enrolled in nurture
    /// or closed since (an attempt after a recycle makes the status in progress again).
    /// </summary>
    private static bool IsOpen(Lead lead, Instant handOff) =>
        lead.Status is LeadStatus.Open or LeadStatus.InProgress
        && !(lead.Deal?.At >= handOff)
        && !lead.History.Any(c => c.Status == LeadStatus.Recycled && c.At >= handOff);

    private static RecycleDue? ByAttempts(RecycleRules rules, Lead lead, Instant handOff)
    {
        if (rules.AfterAttempts is not ({ } count and > 0))
        {
            return null;
        }

        var attempts = lead.Attempts.Where(a => a.At >= handOff).ToList();
        return attempts.Count >= count
            ? new RecycleDue(attempts[count - 1].At, $"{count} {(count == 1 ? "attempt" : "attempts")} without a connection", rules.AttemptsTrack, RecycleCause.Attempts)
            : null;
    }

    private static RecycleDue? ByDays(RecycleRules rules, Instant handOff, BusinessCalendar? calendar)
    {
        if (rules.AfterBusinessDays is not ({ } days and > 0) || calendar is null
            || ClockGoal.Days(days).From(calendar, handOff) is not { } businessTime
            || calendar.Due(handOff, businessTime) is not { IsReachable: true } due)
        {
            return null;
        }

        return new RecycleDue(due.Instant, $"{days} business {(days == 1 ? "day" : "days")} without a connection", rules.DaysTrack, RecycleCause.BusinessDays);
    }
}
