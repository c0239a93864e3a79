using NodaTime;
using Pactum.Domain.Agreements;

namespace Pactum.Domain.Compliance;

/// <summary>A planned review of an agreement (SPEC P4): its day, what kind it is, and a title for calendars.</summary>
/// <param name="Day">The local day of the review.</param>
/// <param name="Kind">What kind of review.</param>
/// <param name="Title">A title, e.g. "Monthly review meeting: Company X marketing → sales SLA".</param>
public sealed record ReviewDate(LocalDate Day, ReviewKind Kind, string Title);

/// <summary>The kinds of review an agreement's cadence plans (SPEC A2, P4).</summary>
public enum ReviewKind
{
    /// <summary>The regular review meeting (weekly, biweekly, monthly or quarterly).</summary>
    Meeting,
    /// <summary>A full revision of the agreement (quarterly, twice a year or yearly).</summary>
    Revision,
    /// <summary>The partial review in the middle of the term.</summary>
    MidTerm,
    /// <summary>The full review when the term ends.</summary>
    Expiry,
}

/// <summary>
/// The review dates an agreement's cadence gives (SPEC P4): meetings every week, two weeks, month or quarter counted
/// from the term's first day; revisions every quarter, half year or year from it; the mid-term review on its date or
/// half-way through the term; the expiry review on the term's last day (or its date). Open-ended terms plan a year ahead.
/// </summary>
public static class ReviewSchedule
{
    /// <summary>The reviews of <paramref name="agreement"/> in its term (or the year from its start when open-ended), by day then kind.</summary>
    public static IReadOnlyList<ReviewDate> Of(Agreement agreement)
    {
        var term = agreement.Term;
        var last = term.Ends ?? term.Starts.PlusYears(1).PlusDays(-1);
        var review = agreement.Review;
        var dates = new List<ReviewDate>();
        if (review.Meeting is { } meeting)
        {
            var name = meeting.ToFileText();
            dates.AddRange(Every(term.Starts, last, meeting switch
            {
                MeetingCadence.Weekly => d => d.PlusWeeks(1),
                MeetingCadence.Biweekly => d => d.PlusWeeks(2),
                MeetingCadence.Monthly => d => d.PlusMonths(1),
                _ => d => d.PlusMonths(3),
            }).Skip(1).Select(d => new ReviewDate(d, ReviewKind.Meeting, $"{char.ToUpperInvariant(name[0])}{name[1..]} review meeting: {agreement.Title}")));
        }

        if (review.Revision is { } revision)
        {
            var months = revision switch { RevisionCadence.Quarterly => 3, RevisionCadence.Semiannual => 6, _ => 12 };
            dates.AddRange(Every(term.Starts, last, d => d.PlusMonths(months)).Skip(1).Select(d => new ReviewDate(d, ReviewKind.Revision, $"Full revision: {agreement.Title}")));
        }

        if (review.MidTerm is { } midTerm)
        {
            var day = midTerm.On ?? term.Starts.PlusDays(Period.DaysBetween(term.Starts, last) / 2);
            dates.Add(new ReviewDate(day, ReviewKind.MidTerm, $"Mid-term review: {agreement.Title}"));
        }

        if (review.AtExpiry is { } expiry)
        {
            dates.Add(new ReviewDate(expiry.On ?? last, ReviewKind.Expiry, $"Expiry review: {agreement.Title}"));
        }

        return dates.OrderBy(d => d.Day).ThenBy(d => d.Kind).ToList();
    }

    /// <summary>The last review of <paramref name="agreement"/> before <paramref name="today"/>, or null when none has been.</summary>
    public static ReviewDate? LastBefore(Agreement agreement, LocalDate today) => Of(agreement).LastOrDefault(d => d.Day < today);

    /// <summary>The next review on or after <paramref name="today"/>, or null when none is left.</summary>
    public static ReviewDate? NextFrom(Agreement agreement, LocalDate today) => Of(agreement).FirstOrDefault(d => d.Day >= today);

    private static IEnumerable<LocalDate> Every(LocalDate start, LocalDate last, Func<LocalDate, LocalDate> next)
    {
        for (var day = start; day <= last; day = next(day))
        {
            yield return day;
        }
    }
}
