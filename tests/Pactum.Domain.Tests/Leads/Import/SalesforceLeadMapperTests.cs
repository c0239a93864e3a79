using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Domain.Leads.Import;
using Pactum.Domain.Time;
using static Pactum.Domain.Leads.Import.SalesforceColumns;

namespace Pactum.Domain.Tests.Leads.Import;

public sealed class SalesforceLeadMapperTests
{
    private const string Id = "00Q5e00000Kx1A1EAJ";
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly Instant Snapshot = Instant.FromUtc(2026, 11, 15, 12, 0);
    private static readonly SalesforceLeadMapper Mapper = new(new CrmImportOptions(NewYork, "M/d/yyyy h:mm a", Snapshot));

    private static CsvRow Lead(params (string Column, string Value)[] cells) =>
        CrmCsv.Row([(LeadId, Id), (CreateDate, "10/5/2026 9:00 AM"), .. cells]);

    [Theory]
    [InlineData("Open - Not Contacted", "lead_created")] // not worked yet
    [InlineData("Working - Contacted", "lead_created handed_off attempt")] // with its owner and tried
    [InlineData("Closed - Converted", "lead_created qualified")] // converted, no date in the row: qualified at the snapshot
    [InlineData("Closed - Not Converted", "lead_created disqualified")] // closed without conversion
    [InlineData("working - contacted", "lead_created handed_off attempt")] // values match case-insensitively
    public void Map_LeadStatus_ImpliesItsFacts(string status, string expected)
    {
        var mapping = Mapper.Map(Lead((SalesforceColumns.LeadStatus, status), (LeadOwner, "Dana Reyes")));

        Assert.Equal(expected, CrmCsv.Types(mapping));
        Assert.All(mapping.Events.Skip(1), e => Assert.Equal(Snapshot, e.OccurredAt));
    }

    [Fact]
    public void Map_WorkingContacted_HandsOffToTheOwnerNamedInTheId()
    {
        var mapping = Mapper.Map(Lead((SalesforceColumns.LeadStatus, "Working - Contacted"), (LeadOwner, "Dana Reyes")));

        Assert.Equal(
            $"salesforce:{Id}:lead_created salesforce:{Id}:status:handed_off:dana-reyes salesforce:{Id}:status:handed_off:dana-reyes/attempt",
            CrmCsv.Ids(mapping));
        Assert.Equal(["Dana Reyes", null], mapping.Events.Skip(1).Select(e => e.Owner));
    }

    [Fact]
    public void Map_ConvertedDate_QualifiesAndOpensTheOpportunityThatDay()
    {
        var mapping = Mapper.Map(Lead((SalesforceColumns.LeadStatus, "Closed - Converted"), (Converted, "true"), (ConvertedDate, "10/20/2026")));

        Assert.Equal($"salesforce:{Id}:lead_created salesforce:{Id}:qualified salesforce:{Id}:qualified/opportunity", CrmCsv.Ids(mapping));
        Assert.All(mapping.Events.Skip(1), e => Assert.Equal(Instant.FromUtc(2026, 10, 20, 4, 0), e.OccurredAt));
    }

    [Theory]
    [InlineData("Working - Contacted", "", "lead_created handed_off attempt")] // the hand-off comes before the attempt
    [InlineData("Closed - Converted", "10/20/2026", "lead_created qualified opportunity")] // qualified before the opportunity
    public void Map_FactsAtOneInstant_SortInTheOrderTheyHappened(string status, string convertedDate, string expected)
    {
        var events = Mapper.Map(Lead((SalesforceColumns.LeadStatus, status), (LeadOwner, "Zoe Abbott"), (ConvertedDate, convertedDate))).Events.ToList();

        events.Sort(LeadEvent.Compare);

        Assert.Equal(expected, string.Join(" ", events.Select(e => e.Type.ToText())));
    }

    [Fact]
    public void Map_StatusWithoutSnapshot_KeepsOnlyDatedFacts()
    {
        var mapper = new SalesforceLeadMapper(new CrmImportOptions(NewYork, "M/d/yyyy h:mm a"));

        var mapping = mapper.Map(Lead((SalesforceColumns.LeadStatus, "Working - Contacted"), (LeadOwner, "Dana Reyes")));

        Assert.Equal("lead_created", CrmCsv.Types(mapping));
    }

    [Theory]
    [InlineData("Web", "direct_traffic")] // a web form, channel unknown: as LeadSources reads "web"
    [InlineData("Phone Inquiry", "other")] // a call in
    [InlineData("Partner Referral", "referral")] // a partner sent it
    [InlineData("Purchased List", "other")] // bought data
    [InlineData("Other", "other")] // anything else
    [InlineData("Email", "email_marketing")] // a common custom value Pactum's sources read
    public void Map_LeadSource_IsTheLeadSource(string value, string expected)
    {
        Assert.Equal(expected, Mapper.Map(Lead((LeadSource, value))).Events[0].Source);
    }

    [Fact]
    public void Map_Title_IsThePersonaText()
    {
        Assert.Equal("Facilities Director", Mapper.Map(Lead((Title, "Facilities Director"))).Events[0].Persona);
    }

    [Theory]
    [InlineData("M/d/yyyy", "10/5/2026", "2026-10-05T04:00:00Z")] // US date alone: start of the day in New York
    [InlineData("dd/MM/yyyy", "05/10/2026", "2026-10-05T04:00:00Z")] // day first
    [InlineData("M/d/yyyy h:mm a", "10/5/2026 2:30 PM", "2026-10-05T18:30:00Z")] // US date and 12-hour time
    [InlineData("M/d/yyyy h:mm a", "10/5/2026 2:30 pm", "2026-10-05T18:30:00Z")] // lower-case pm
    [InlineData("M/d/yyyy h:mm a", "10/20/2026", "2026-10-20T04:00:00Z")] // a date-only column under a date-time format
    [InlineData("dd/MM/yyyy HH:mm", "05/10/2026 14:30", "2026-10-05T18:30:00Z")] // day first, 24-hour time
    [InlineData("M/d/yyyy", "10/5/2026 2:30 PM", "2026-10-05T18:30:00Z")] // a date format still reads a 12-hour time
    [InlineData("dd/MM/yyyy", "05/10/2026 14:30", "2026-10-05T18:30:00Z")] // and a 24-hour time
    [InlineData("M/d/yyyy h:mm a", "11/2/2026 9:00 AM", "2026-11-02T14:00:00Z")] // after the fall-back change: UTC-5
    public void Map_CreateDate_ReadsTheLocaleFormatInTheZone(string format, string cell, string expected)
    {
        var mapper = new SalesforceLeadMapper(new CrmImportOptions(NewYork, format));

        var created = mapper.Map(CrmCsv.Row([(LeadId, Id), (CreateDate, cell)])).Events[0];

        Assert.Equal(expected, InstantText.Format(created.OccurredAt));
    }

    [Theory]
    [InlineData("M/d/yyyy", CreateDate, "13/25/2026", "Create Date: '13/25/2026' does not match the date format M/d/yyyy")] // no month 13
    [InlineData("dd/MM/yyyy", CreateDate, "10/25/2026", "Create Date: '10/25/2026' does not match the date format dd/MM/yyyy")] // a US date under a day-first format
    [InlineData("M/d/yyyy", ConvertedDate, "2026-10-20", "Converted Date: '2026-10-20' does not match the date format M/d/yyyy")] // ISO is not the locale's
    public void Map_DateNotInTheFormat_NamesTheColumnAndTheFormat(string format, string column, string cell, string expected)
    {
        var mapper = new SalesforceLeadMapper(new CrmImportOptions(NewYork, format));

        var mapping = mapper.Map(CrmCsv.Row(column == CreateDate ? [(LeadId, Id), (column, cell)] : [(LeadId, Id), (CreateDate, "10/5/2026"), (column, cell)]));

        Assert.Equal(expected, mapping.Error);
    }

    [Fact]
    public void Constructor_NoDateFormat_SaysItIsNeeded()
    {
        var error = Assert.Throws<ArgumentException>(() => new SalesforceLeadMapper(new CrmImportOptions(NewYork)));

        Assert.Contains("give the date format (e.g. M/d/yyyy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_FormatWithoutYear_SaysWhatIsMissing()
    {
        var error = Assert.Throws<ArgumentException>(() => new SalesforceLeadMapper(new CrmImportOptions(NewYork, "M/d")));

        Assert.Contains("'M/d' is not a date format: it needs the year, month and day", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("false", "10/20/2026", "Converted: is false but Converted Date is 10/20/2026")] // the cells disagree
    [InlineData("maybe", "", "Converted: 'maybe' is not a known value; expected one of: true, false, 1, 0, yes, no")] // not a checkbox value
    [InlineData("", "", null)] // both blank: fine
    [InlineData("1", "10/20/2026", null)] // 1 is true
    public void Map_Converted_MustBeABooleanAgreeingWithTheDate(string converted, string date, string? expected)
    {
        var mapping = Mapper.Map(Lead((Converted, converted), (ConvertedDate, date)));

        Assert.Equal(expected, mapping.Error);
    }

    [Fact]
    public void Map_UnknownStatus_RejectsWithASuggestion()
    {
        var mapping = Mapper.Map(Lead((SalesforceColumns.LeadStatus, "Working - Contacte")));

        Assert.Equal(
            "Lead Status: 'Working - Contacte' is not a known value (did you mean 'Working - Contacted'?); expected one of: "
            + "Open - Not Contacted, Working - Contacted, Closed - Converted, Closed - Not Converted",
            mapping.Error);
    }

    [Fact]
    public void Map_SameRowTwice_GivesEqualEvents()
    {
        (string, string)[] cells = [(SalesforceColumns.LeadStatus, "Working - Contacted"), (LeadOwner, "Dana Reyes"), (LeadSource, "Web"), (Title, "CTO")];

        Assert.Equal(Mapper.Map(Lead(cells)).Events, Mapper.Map(Lead(cells)).Events);
    }

    [Fact]
    public void Map_LaterSnapshotConverted_KeepsEarlierFactsAndAddsOnlyNewOnes()
    {
        var before = new SalesforceLeadMapper(new CrmImportOptions(NewYork, "M/d/yyyy h:mm a", Instant.FromUtc(2026, 10, 10, 12, 0)))
            .Map(Lead((SalesforceColumns.LeadStatus, "Working - Contacted"), (LeadOwner, "Dana Reyes"), (LeadSource, "Web"), (Converted, "false")));
        var after = Mapper
            .Map(Lead((SalesforceColumns.LeadStatus, "Closed - Converted"), (LeadOwner, "Dana Reyes"), (LeadSource, "Web"), (Converted, "true"), (ConvertedDate, "10/20/2026")));

        var earlier = before.Events.ToDictionary(e => e.EventId);
        Assert.All(after.Events.Where(e => earlier.ContainsKey(e.EventId)), e => Assert.Equal(earlier[e.EventId], e));
        Assert.Equal([$"salesforce:{Id}:qualified", $"salesforce:{Id}:qualified/opportunity"], after.Events.Select(e => e.EventId).Where(id => !earlier.ContainsKey(id)));
    }

    [Fact]
    public void CheckHeader_MissingLeadId_NamesWhatIsMissingAndWhatWasFound()
    {
        Assert.Equal(
            ["The Salesforce lead report lacks the required column 'Lead ID'; its header has 'First Name', 'Create Date'"],
            Mapper.CheckHeader(["First Name", "Create Date"]));
    }

    [Fact]
    public void CheckHeader_NoColumns_SaysSo()
    {
        Assert.Equal(
            ["The Salesforce lead report lacks the required columns 'Lead ID', 'Create Date'; its header has no columns"],
            Mapper.CheckHeader([]));
    }

    [Fact]
    public void Format_IsSalesforce()
    {
        Assert.Equal("salesforce", Mapper.Format);
        Assert.Equal(LeadEventType.Qualified, Mapper.Map(Lead((ConvertedDate, "10/20/2026"))).Events[1].Type);
    }
}
