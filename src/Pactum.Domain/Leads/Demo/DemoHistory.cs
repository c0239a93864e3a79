using NodaTime;
using Pactum.Domain.Calendars;

namespace Pactum.Domain.Leads.Demo;

/// <summary>
/// A deterministic, realistic history of lead events for demos, tests and benchmarks: Company X's marketing team
/// (director Amir) hands leads to sales director Kendra's four reps, who follow them up under the agreement of
/// samples/agreements/company-x-internal.yaml.
/// </summary>
/// <remarks>
/// <para>A lead's life: <c>lead_created</c> (source, asset, persona) → <c>mql</c> (score) for most → <c>handed_off</c>
/// (owner: a rep, round-robin with some exceptions) minutes to days later → <c>accepted</c>, or <c>rejected</c> with a
/// reason → up to six <c>attempt</c>s (channel, outcome) in the team's business hours (Monday to Friday 09:00–17:00 in
/// <see cref="DemoHistoryOptions.Zone"/>, no holidays; a few outside), the first within 60 business minutes for
/// most leads and late for about three in ten → <c>connected</c> → <c>qualified</c>, <c>unqualifiable</c>,
/// <c>disqualified</c> or <c>nurtured</c> by hand → <c>opportunity</c> → <c>deal_won</c> (60–179 dollars, about 100
/// on average) or <c>deal_lost</c>; after six attempts without a connection, <c>recycled</c> ("no connection after 6
/// attempts", a nurture track). Marketing's side: the lead's fit properties on <c>lead_created</c> (sometimes corrected
/// by a <c>profile_updated</c>) and its <c>engaged</c> events (page visits, downloads, e-mail clicks, webinars, a demo
/// request), numbered apart as <c>demo-{lead:D7}-e{n:D2}</c>; the leads marketing kept stay below the hand-off threshold
/// of the agreement, and a third of them are outside its served region or size. Leads created near <see cref="DemoHistoryOptions.Until"/> are still being worked.</para>
/// <para>Months differ on purpose (a seasonal factor per calendar month): in the Company X demo some months hand
/// off 100 leads or more and some fewer, so the goal is met in some months and missed in others.</para>
/// <para>Messy facts on purpose, as real CRMs send them (about 1% of the leads): an attempt on a lead never handed
/// off, an attempt logged before the hand-off, a deal reported won twice.</para>
/// <para>IDs: leads <c>L{number:D7}</c> numbered in creation order from 1; events <c>demo-{lead:D7}-{n:D2}</c>, numbered
/// from 00 (<c>lead_created</c>) in each lead's chronological order. Unique and stable for the same options.</para>
/// </remarks>
public static class DemoHistory
{
    /// <summary>The reps of the Company X demo's sales team, in round-robin order.</summary>
    public static IReadOnlyList<string> Reps => DemoCast.Reps;

    /// <summary>The most leads a history can have: lead numbers have seven digits.</summary>
    public const int MaxLeads = 9_999_999;

    /// <summary>
    /// The events of the history <paramref name="options"/> describe, sorted by <see cref="LeadEvent.Compare"/>
    /// (occurred-at, then event ID), none after <see cref="DemoHistoryOptions.Until"/>. The same options always give the
    /// same sequence. Streams: leads are made one at a time in creation order and their events kept in per-day buckets,
    /// each sorted and yielded once no later lead can add to it; only the pending events of leads created in the last
    /// 60 days are held, so millions of events take little memory. Throws <see cref="ArgumentOutOfRangeException"/> for a lead count below zero or above
    /// <see cref="MaxLeads"/>, or fewer than one month.
    /// </summary>
    public static IEnumerable<LeadEvent> Generate(DemoHistoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Zone, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Leads, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Leads, MaxLeads, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Months, 1, nameof(options));
        return Stream(options);
    }

    private static IEnumerable<LeadEvent> Stream(DemoHistoryOptions options)
    {
        var hours = SalesHours(options.Zone);
        var pending = new Dictionary<long, List<DemoFact>>(); // by UTC day
        var lead = new List<DemoFact>(32);
        long? unflushed = null; // the earliest day not yet yielded
        var number = 0;
        foreach (var created in DemoSeasons.Arrivals(options))
        {
            // Leads arrive in creation order and no event precedes its lead's creation, so the events of the days
            // before this creation's day are final.
            var today = Day(created);
            for (var day = unflushed ?? today; day < today; day++)
            {
                foreach (var fact in Flush(pending, day))
                {
                    yield return fact;
                }
            }

            unflushed = today;
            number++;
            DemoLead.Live(number, created, options.Seed, options.Until, hours, lead);
            foreach (var fact in lead)
            {
                var day = Day(fact.At);
                if (!pending.TryGetValue(day, out var bucket))
                {
                    pending[day] = bucket = [];
                }

                bucket.Add(fact);
            }
        }

        foreach (var day in pending.Keys.Order().ToList())
        {
            foreach (var fact in Flush(pending, day))
            {
                yield return fact;
            }
        }
    }

    /// <summary>
    /// Removes a day's events and returns them in the order of <see cref="LeadEvent.Compare"/> (none when the day has
    /// none). A bucket holds its events in lead order, each lead's in event-number order, which is the order of their
    /// IDs (seven-digit lead numbers), so sorting by instant and then by position in the bucket is that order.
    /// </summary>
    private static IEnumerable<LeadEvent> Flush(Dictionary<long, List<DemoFact>> pending, long day)
    {
        if (!pending.Remove(day, out var bucket))
        {
            yield break;
        }

        var order = new (long Ticks, int Index)[bucket.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = (bucket[i].At.ToUnixTimeTicks(), i);
        }

        Array.Sort(order);
        foreach (var (_, index) in order)
        {
            yield return bucket[index].ToLeadEvent();
        }
    }

    private static long Day(Instant instant) => instant.ToUnixTimeTicks() / NodaConstants.TicksPerDay;

    /// <summary>Kendra's team's hours: Monday to Friday 09:00–17:00 local time, no holidays or closures.</summary>
    private static BusinessCalendar SalesHours(DateTimeZone zone)
    {
        IReadOnlyList<OpenHours> day = [new OpenHours(new LocalTime(9, 0), new LocalTime(17, 0), endsNextDay: false)];
        var week = new Dictionary<IsoDayOfWeek, IReadOnlyList<OpenHours>>
        {
            [IsoDayOfWeek.Monday] = day,
            [IsoDayOfWeek.Tuesday] = day,
            [IsoDayOfWeek.Wednesday] = day,
            [IsoDayOfWeek.Thursday] = day,
            [IsoDayOfWeek.Friday] = day,
        };
        return new BusinessCalendar(zone, new WeeklyHours(week), [], []);
    }
}
