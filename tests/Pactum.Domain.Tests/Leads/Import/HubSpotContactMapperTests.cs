using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Domain.Leads.Import;
using Pactum.Domain.Time;
using static Pactum.Domain.Leads.Import.HubSpotColumns;

namespace Pactum.Domain.Tests.Leads.Import;

public sealed class HubSpotContactMapperTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly Instant Snapshot = Instant.FromUtc(2026, 11, 15, 12, 0);
    private static readonly HubSpotContactMapper Mapper = new(new CrmImportOptions(NewYork, SnapshotAt: Snapshot));

    private static readonly Dictionary<string, string> Dates = new()
    {
        [MqlDate] = "2026-10-06 10:00",
        [SqlDate] = "2026-10-07 11:00",
        [OpportunityDate] = "2026-10-08 12:00",
        [CustomerDate] = "2026-10-20 15:30",
    };

    private static CsvRow Contact(params (string Column, string Value)[] cells) =>
        CrmCsv.Row([(RecordId, "501"), (CreateDate, "2026-10-05 09:00"), .. cells]);

    [Theory]
    [InlineData("", "lead_created")] // only the required dates: the lead exists
    [InlineData(MqlDate, "lead_created mql")] // an MQL date
    [InlineData(SqlDate, "lead_created sql handed_off accepted")] // an SQL date: sales took the lead
    [InlineData(OpportunityDate, "lead_created opportunity")] // the optional opportunity date
    [InlineData(CustomerDate, "lead_created deal_won")] // a customer date: the deal was won
    public void Map_DatedColumn_YieldsItsFacts(string column, string expected)
    {
        var cells = column.Length == 0 ? [] : new[] { (column, Dates[column]) };

        var mapping = Mapper.Map(Contact(cells));

        Assert.Equal(expected, CrmCsv.Types(mapping));
    }

    [Fact]
    public void Map_AllDates_IdsNameRecordAndFact()
    {
        var mapping = Mapper.Map(Contact([.. Dates.Select(d => (d.Key, d.Value)), (ContactOwner, "Dana Reyes")]));

        Assert.Equal(
            "hubspot:501:lead_created hubspot:501:mql hubspot:501:sql hubspot:501:sql/handed_off:dana-reyes "
            + "hubspot:501:sql/handed_off:dana-reyes/accepted hubspot:501:opportunity hubspot:501:deal_won",
            CrmCsv.Ids(mapping));
        Assert.All(mapping.Events, e => Assert.Equal("501", e.LeadId));
    }

    [Fact]
    public void Map_SqlDate_HandsOffToTheOwnerAndAcceptsAtThatInstant()
    {
        var events = Mapper.Map(Contact((SqlDate, "2026-10-07 11:00"), (ContactOwner, "Dana Reyes"))).Events;

        var handOff = Assert.Single(events, e => e.Type == LeadEventType.HandedOff);
        var accepted = Assert.Single(events, e => e.Type == LeadEventType.Accepted);
        Assert.Equal("Dana Reyes", handOff.Owner);
        Assert.Null(accepted.Owner);
        Assert.Equal(Instant.FromUtc(2026, 10, 7, 15, 0), handOff.OccurredAt);
        Assert.Equal(handOff.OccurredAt, accepted.OccurredAt);
    }

    [Fact]
    public void Map_CustomerDate_WinsADealWithoutAmount()
    {
        var won = Assert.Single(Mapper.Map(Contact((CustomerDate, "2026-10-20 15:30"))).Events, e => e.Type == LeadEventType.DealWon);

        Assert.Null(won.Amount);
    }

    [Theory]
    [InlineData("New", "")] // nothing beyond the lead itself
    [InlineData("Open", "")] // nothing beyond the lead itself
    [InlineData("In Progress", "hubspot:501:status:attempt")] // being worked: an attempt
    [InlineData("Attempted to Contact", "hubspot:501:status:attempt")] // an attempt
    [InlineData("Connected", "hubspot:501:status:connected")] // a conversation took place
    [InlineData("Open Deal", "hubspot:501:status:opportunity")] // a deal is open
    [InlineData("Unqualified", "hubspot:501:status:disqualified")] // not a fit
    [InlineData("Bad Timing", "hubspot:501:status:recycled")] // back to marketing
    [InlineData("connected", "hubspot:501:status:connected")] // values match case-insensitively
    public void Map_LeadStatus_ImpliesItsFactAtTheSnapshot(string status, string expected)
    {
        var statusEvents = Mapper.Map(Contact((HubSpotColumns.LeadStatus, status))).Events.Skip(1).ToList();

        Assert.Equal(expected, string.Join(" ", statusEvents.Select(e => e.EventId)));
        Assert.All(statusEvents, e => Assert.Equal(Snapshot, e.OccurredAt));
    }

    [Fact]
    public void Map_BadTiming_RecyclesWithTheReason()
    {
        var recycled = Assert.Single(Mapper.Map(Contact((HubSpotColumns.LeadStatus, "Bad Timing"))).Events, e => e.Type == LeadEventType.Recycled);

        Assert.Equal("bad timing", recycled.Reason);
    }

    [Fact]
    public void Map_StatusWithoutSnapshot_ImpliesNothing()
    {
        var mapper = new HubSpotContactMapper(new CrmImportOptions(NewYork));

        var mapping = mapper.Map(Contact((HubSpotColumns.LeadStatus, "Connected")));

        Assert.Equal("lead_created", CrmCsv.Types(mapping));
    }

    [Fact]
    public void Map_OpenDealWithOpportunityDate_KeepsOnlyTheDatedFact()
    {
        var mapping = Mapper.Map(Contact((HubSpotColumns.LeadStatus, "Open Deal"), (OpportunityDate, "2026-10-08 12:00")));

        Assert.Equal("hubspot:501:lead_created hubspot:501:opportunity", CrmCsv.Ids(mapping));
    }

    [Theory]
    [InlineData("Organic Search", "organic_search")] // search engines
    [InlineData("Paid Search", "paid_search")] // search ads
    [InlineData("Email Marketing", "email_marketing")] // e-mail
    [InlineData("Social Media", "social_media")] // organic social
    [InlineData("Paid Social", "social_media")] // paid social is still social media
    [InlineData("Referrals", "referral")] // referring sites
    [InlineData("Direct Traffic", "direct_traffic")] // typed-in visits
    [InlineData("Other Campaigns", "other")] // campaigns outside the other channels
    [InlineData("Offline Sources", "other")] // imports, events, manual entry
    [InlineData("referral", "referral")] // a Pactum source name is read too
    public void Map_OriginalSource_IsTheLeadSource(string value, string expected)
    {
        var created = Mapper.Map(Contact((OriginalSource, value))).Events[0];

        Assert.Equal(expected, created.Source);
    }

    [Fact]
    public void Map_JobTitle_IsThePersonaText()
    {
        var created = Mapper.Map(Contact((JobTitle, "Practice Manager"))).Events[0];

        Assert.Equal("Practice Manager", created.Persona);
    }

    [Fact]
    public void Map_SameRowTwice_GivesEqualEvents()
    {
        (string, string)[] cells = [.. Dates.Select(d => (d.Key, d.Value)), (ContactOwner, "Dana Reyes"), (HubSpotColumns.LeadStatus, "Connected"), (OriginalSource, "Referrals")];

        Assert.Equal(Mapper.Map(Contact(cells)).Events, Mapper.Map(Contact(cells)).Events);
    }

    [Fact]
    public void Map_LaterSnapshot_KeepsEarlierFactsAndAddsOnlyNewOnes()
    {
        var before = new HubSpotContactMapper(new CrmImportOptions(NewYork, SnapshotAt: Instant.FromUtc(2026, 10, 5, 20, 0)))
            .Map(Contact((HubSpotColumns.LifecycleStage, "Lead"), (HubSpotColumns.LeadStatus, "Attempted to Contact"), (ContactOwner, "Dana Reyes"), (OriginalSource, "Paid Search")));
        var after = Mapper
            .Map(Contact((HubSpotColumns.LifecycleStage, "Marketing Qualified Lead"), (HubSpotColumns.LeadStatus, "Connected"), (ContactOwner, "Dana Reyes"), (OriginalSource, "Paid Search"), (MqlDate, "2026-10-06 10:00")));

        var earlier = before.Events.ToDictionary(e => e.EventId);
        Assert.All(after.Events.Where(e => earlier.ContainsKey(e.EventId)), e => Assert.Equal(earlier[e.EventId], e));
        Assert.Equal(
            ["hubspot:501:mql", "hubspot:501:status:connected"],
            after.Events.Select(e => e.EventId).Where(id => !earlier.ContainsKey(id)));
    }

    [Fact]
    public void Map_OwnerChanged_HandOffToTheNewOwnerIsANewFact()
    {
        var before = Mapper.Map(Contact((SqlDate, "2026-10-07 11:00"), (ContactOwner, "Dana Reyes")));
        var after = Mapper.Map(Contact((SqlDate, "2026-10-07 11:00"), (ContactOwner, "eli.brandt@example.com")));

        var added = after.Events.Except(before.Events).Select(e => e.EventId);

        Assert.Equal(["hubspot:501:sql/handed_off:eli.brandt@example.com", "hubspot:501:sql/handed_off:eli.brandt@example.com/accepted"], added);
        Assert.All(after.Events.Where(e => before.Events.Any(b => b.EventId == e.EventId)), e => Assert.Contains(e, before.Events));
    }

    [Fact]
    public void Map_SqlDate_FactsSortInTheOrderTheyHappened()
    {
        var events = Mapper.Map(Contact((SqlDate, "2026-10-07 11:00"), (ContactOwner, "Zoe Abbott"))).Events.ToList();

        events.Sort(LeadEvent.Compare);

        Assert.Equal("lead_created sql handed_off accepted", string.Join(" ", events.Select(e => e.Type.ToText())));
    }

    [Fact]
    public void Map_UnchangedStatusInLaterSnapshot_RepeatsTheIdAtTheLaterInstant()
    {
        // Documented limit: a status has no date, so a later snapshot re-dates it; the log keeps the first observation.
        var first = new HubSpotContactMapper(new CrmImportOptions(NewYork, SnapshotAt: Instant.FromUtc(2026, 10, 5, 20, 0)))
            .Map(Contact((HubSpotColumns.LeadStatus, "Connected"))).Events[1];
        var second = Mapper.Map(Contact((HubSpotColumns.LeadStatus, "Connected"))).Events[1];

        Assert.Equal(first.EventId, second.EventId);
        Assert.True(second.OccurredAt > first.OccurredAt);
    }

    [Theory]
    [InlineData("2026-10-05 09:00", "2026-10-05T13:00:00Z")] // daylight time: UTC-4
    [InlineData("2026-11-02 09:00", "2026-11-02T14:00:00Z")] // standard time after the change: UTC-5
    [InlineData("2026-03-08 02:30", "2026-03-08T07:30:00Z")] // skipped by spring forward: moves on by the gap to 03:30 EDT
    [InlineData("2026-11-01 01:30", "2026-11-01T05:30:00Z")] // ambiguous at fall back: the earlier offset (EDT)
    [InlineData("2026-10-05", "2026-10-05T04:00:00Z")] // a date alone: the start of that day
    public void Map_CreateDateInNewYork_IsTheInstantThere(string local, string expected)
    {
        var created = Mapper.Map(CrmCsv.Row([(RecordId, "501"), (CreateDate, local)])).Events[0];

        Assert.Equal(expected, InstantText.Format(created.OccurredAt));
    }

    [Fact]
    public void Map_DateFormatOption_ReadsThatFormat()
    {
        var mapper = new HubSpotContactMapper(new CrmImportOptions(NewYork, "dd/MM/yyyy HH:mm"));

        var created = mapper.Map(CrmCsv.Row([(RecordId, "501"), (CreateDate, "05/10/2026 09:00")])).Events[0];

        Assert.Equal(Instant.FromUtc(2026, 10, 5, 13, 0), created.OccurredAt);
    }

    [Theory]
    [InlineData(HubSpotColumns.LifecycleStage, "Marketing Qualifed Lead", "did you mean 'Marketing Qualified Lead'?")] // a typo is named and corrected
    [InlineData(HubSpotColumns.LifecycleStage, "Prospect", "expected one of: Subscriber, Lead, Marketing Qualified Lead")] // a stranger: the list
    [InlineData(HubSpotColumns.LeadStatus, "Conected", "did you mean 'Connected'?")] // a typo in a status
    [InlineData(HubSpotColumns.LeadStatus, "Nurturing", "expected one of: New, Open, In Progress")] // a custom status: the list
    [InlineData(OriginalSource, "Offline Source", "did you mean 'Offline Sources'?")] // a typo in a source
    public void Map_UnknownValue_RejectsTheRowWithTheAllowedValues(string column, string value, string expected)
    {
        var mapping = Mapper.Map(Contact((column, value)));

        Assert.True(mapping.IsRejected);
        Assert.Empty(mapping.Events);
        Assert.StartsWith($"{column}: '{value}' is not a known value", mapping.Error, StringComparison.Ordinal);
        Assert.Contains(expected, mapping.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_MissingIdAndBadDate_NamesEveryProblem()
    {
        var mapping = Mapper.Map(CrmCsv.Row([(RecordId, " "), (CreateDate, "10/05/2026")]));

        Assert.Equal("Record ID: is required; Create Date: '10/05/2026' does not match the date format yyyy-MM-dd HH:mm", mapping.Error);
    }

    [Fact]
    public void CheckHeader_MissingRecordId_NamesWhatIsMissingAndWhatWasFound()
    {
        var problems = Mapper.CheckHeader(["First Name", "Email", "Create Date", "Lifecycle Stage"]);

        Assert.Equal(
            ["The HubSpot contact export lacks the required column 'Record ID'; its header has 'First Name', 'Email', 'Create Date', 'Lifecycle Stage'"],
            problems);
    }

    [Fact]
    public void CheckHeader_MisspeltColumns_SuggestsTheNames()
    {
        var problem = Assert.Single(Mapper.CheckHeader(["RecordID", "Created Date"]));

        Assert.Contains("'Record ID' (did you mean 'RecordID'?), 'Create Date' (did you mean 'Created Date'?)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckHeader_RequiredInAnyCase_Accepted()
    {
        Assert.Empty(Mapper.CheckHeader([" record id ", "CREATE DATE"]));
    }

    [Fact]
    public void Format_IsHubSpot()
    {
        Assert.Equal("hubspot", Mapper.Format);
    }
}
