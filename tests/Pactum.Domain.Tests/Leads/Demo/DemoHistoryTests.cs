using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Domain.Leads.Demo;

namespace Pactum.Domain.Tests.Leads.Demo;

/// <summary>The Company X demo history: deterministic, ordered, realistic, messy on purpose.</summary>
public sealed class DemoHistoryTests
{
    private static readonly Instant Until = Instant.FromUtc(2026, 10, 15, 18, 30);
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly Lazy<List<LeadEvent>> CompanyX = new(() => DemoHistory.Generate(DemoHistoryOptions.CompanyX(Until)).ToList());

    [Fact]
    public void Generate_SameOptionsTwice_GivesTheSameSequence()
    {
        var again = DemoHistory.Generate(DemoHistoryOptions.CompanyX(Until)).ToList();

        Assert.Equal(CompanyX.Value, again);
    }

    [Fact]
    public void Generate_DifferentSeed_GivesAnotherSequence()
    {
        var other = DemoHistory.Generate(DemoHistoryOptions.CompanyX(Until) with { Seed = 43 }).ToList();

        Assert.NotEqual(CompanyX.Value, other);
    }

    [Fact]
    public void Generate_CompanyX_IsChronologicalAndEndsByUntil()
    {
        var events = CompanyX.Value;

        Assert.All(events.Zip(events.Skip(1)), pair => Assert.True(LeadEvent.Compare(pair.First, pair.Second) < 0, $"{pair.First.EventId} before {pair.Second.EventId}"));
        Assert.All(events, e => Assert.True(e.OccurredAt <= Until, e.EventId));
    }

    [Fact]
    public void Generate_CompanyX_CoversSixMonthsOfAboutSixHundredFiftyHandOffs()
    {
        var handOffs = FirstHandOffsByMonth(CompanyX.Value);

        Assert.Equal(6, handOffs.Count);
        Assert.Equal(new YearMonth(2026, 5), handOffs.Keys.Min());
        Assert.Equal(new YearMonth(2026, 10), handOffs.Keys.Max());
        Assert.InRange(handOffs.Values.Sum(), 600, 700);
        Assert.Equal(DemoHistoryOptions.CompanyXLeads, CompanyX.Value.Count(e => e.Type == LeadEventType.LeadCreated));
    }

    [Fact]
    public void Generate_CompanyX_SomeMonthsMeetTheGoalOfOneHundredAndSomeMissIt()
    {
        var handOffs = FirstHandOffsByMonth(CompanyX.Value);
        var fullMonths = handOffs.Where(p => p.Key != new YearMonth(2026, 10)).Select(p => p.Value).ToList();

        Assert.Contains(fullMonths, count => count >= 100);
        Assert.Contains(fullMonths, count => count < 100); // a whole month, not only the partial last one
    }

    [Theory]
    [InlineData(2026, 1, 1)] // the history reaches back into the previous year
    [InlineData(2026, 7, 31)]
    [InlineData(2027, 3, 20)]
    public void Generate_CompanyXAnyUntil_HasMonthsAboveAndBelowTheGoal(int year, int month, int day)
    {
        var events = DemoHistory.Generate(DemoHistoryOptions.CompanyX(Instant.FromUtc(year, month, day, 20, 0)));

        var counts = FirstHandOffsByMonth(events).Values.ToList();

        Assert.Contains(counts, count => count >= 100);
        Assert.Contains(counts, count => count < 100);
    }

    [Fact]
    public void Generate_CompanyX_EverySourceAppears()
    {
        var sources = CompanyX.Value.Select(e => e.Source).OfType<string>().ToHashSet();

        Assert.Equal(LeadSources.All.Order(), sources.Order());
    }

    [Fact]
    public void Generate_CompanyX_UsesThePersonasRepsAndChannelsOfTheAgreement()
    {
        var events = CompanyX.Value;

        Assert.Equal(["Decision-making executive", "Intern", "Manager"], events.Select(e => e.Persona).OfType<string>().Distinct().Order());
        Assert.Equal(4, events.Where(e => e.Type == LeadEventType.HandedOff).Select(e => e.Owner).Distinct().Count());
        Assert.Equal(["email", "meeting", "phone", "video"], events.Select(e => e.Channel).OfType<string>().Distinct().Order());
        Assert.Equal(["connected", "left message", "no answer"], events.Select(e => e.Outcome).OfType<string>().Distinct().Order());
        // sql is sales's word in the CRM; assigned (a reassignment) is made by Pactum's own hand-off automation.
        Assert.All(Enum.GetValues<LeadEventType>().Except([LeadEventType.Sql, LeadEventType.Assigned]), type => Assert.Contains(events, e => e.Type == type));
    }

    [Fact]
    public void Generate_CompanyX_EventIdsAreUniqueAndShaped()
    {
        var ids = CompanyX.Value.Select(e => e.EventId).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(CompanyX.Value, e => Assert.Matches(@"^demo-\d{7}-e?\d{2}$", e.EventId));
        Assert.All(CompanyX.Value, e => Assert.Matches(@"^L\d{7}$", e.LeadId));
    }

    [Fact]
    public void Generate_CompanyX_EveryLeadStartsWithLeadCreatedAndLivesAtMostSixtyDays()
    {
        foreach (var lead in CompanyX.Value.GroupBy(e => e.LeadId))
        {
            var first = lead.First();
            Assert.Equal(LeadEventType.LeadCreated, first.Type);
            Assert.Equal(1, lead.Count(e => e.Type == LeadEventType.LeadCreated));
            Assert.True(lead.Last().OccurredAt - first.OccurredAt <= Duration.FromDays(60), lead.Key);
        }
    }

    [Fact]
    public void Generate_CompanyX_MostFirstAttemptsComeWithinAnHourAndMostAttemptsInBusinessHours()
    {
        var attempts = CompanyX.Value.Where(e => e.Type == LeadEventType.Attempt).ToList();
        var inHours = attempts.Count(e => InBusinessHours(e.OccurredAt));
        var firstTouch = CompanyX.Value.GroupBy(e => e.LeadId)
            .Select(lead => (HandOff: lead.FirstOrDefault(e => e.Type == LeadEventType.HandedOff), Attempt: lead.FirstOrDefault(e => e.Type == LeadEventType.Attempt)))
            .Where(p => p.HandOff is not null && p.Attempt is not null && p.Attempt.OccurredAt >= p.HandOff.OccurredAt)
            .ToList();
        var late = firstTouch.Count(p => p.Attempt!.OccurredAt - p.HandOff!.OccurredAt > Duration.FromHours(3 * 24));

        Assert.InRange(inHours, attempts.Count * 9 / 10, attempts.Count - 1); // a few outside hours
        Assert.InRange(late, 1, firstTouch.Count / 5); // a realistic share is late, not most
    }

    [Fact]
    public void Generate_CompanyX_HasAFewMessyFactsOnPurpose()
    {
        var leads = CompanyX.Value.GroupBy(e => e.LeadId).ToList();

        var attemptedNeverHandedOff = leads.Count(l => l.Any(e => e.Type == LeadEventType.Attempt) && l.All(e => e.Type != LeadEventType.HandedOff));
        var wonTwice = leads.Count(l => l.Count(e => e.Type == LeadEventType.DealWon) > 1);

        Assert.InRange(attemptedNeverHandedOff, 1, leads.Count / 50);
        Assert.InRange(wonTwice, 1, leads.Count / 50);
    }

    [Fact]
    public void Generate_DealsWon_AreWholeDollarsAroundOneHundred()
    {
        var amounts = CompanyX.Value.Where(e => e.Type == LeadEventType.DealWon).Select(e => e.Amount!.Value).ToList();

        Assert.All(amounts, a => Assert.InRange(a, 60m, 180m));
        Assert.InRange(amounts.Average(), 85m, 115m);
    }

    [Theory]
    [InlineData(-1, 6)] // no negative lead count
    [InlineData(10_000_000, 6)] // lead numbers have seven digits
    [InlineData(10, 0)] // at least one month
    public void Generate_BadOptions_Throws(int leads, int months)
    {
        var options = DemoHistoryOptions.CompanyX(Until) with { Leads = leads, Months = months };

        Assert.Throws<ArgumentOutOfRangeException>(() => DemoHistory.Generate(options));
    }

    [Fact]
    public void Generate_NoLeads_GivesNoEvents()
    {
        Assert.Empty(DemoHistory.Generate(DemoHistoryOptions.CompanyX(Until) with { Leads = 0 }));
    }

    [Fact]
    public void Generate_TwoHundredThousandLeads_StreamsOverAMillionEventsInLittleMemory()
    {
        var options = DemoHistoryOptions.CompanyX(Until) with { Leads = 200_000 };
        long count = 0;
        long largestHeap = 0;
        var previous = Instant.MinValue;

        foreach (var e in DemoHistory.Generate(options))
        {
            Assert.True(e.OccurredAt >= previous);
            previous = e.OccurredAt;
            if (++count % 400_000 == 0)
            {
                largestHeap = Math.Max(largestHeap, GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        Assert.True(count >= 1_000_000, $"{count} events");
        Assert.True(largestHeap < 150_000_000, $"{largestHeap} bytes live"); // the whole list would take over 300 MB
    }

    private static SortedDictionary<YearMonth, int> FirstHandOffsByMonth(IEnumerable<LeadEvent> events)
    {
        var counted = new HashSet<string>(StringComparer.Ordinal);
        var months = new SortedDictionary<YearMonth, int>();
        foreach (var e in events.Where(e => e.Type == LeadEventType.HandedOff && counted.Add(e.LeadId)))
        {
            var month = e.OccurredAt.InZone(NewYork).Date.ToYearMonth();
            months[month] = months.GetValueOrDefault(month) + 1;
        }

        return months;
    }

    private static bool InBusinessHours(Instant instant)
    {
        var local = instant.InZone(NewYork).LocalDateTime;
        return local.DayOfWeek < IsoDayOfWeek.Saturday && local.Hour >= 9 && local.TimeOfDay <= new LocalTime(17, 0);
    }
}
