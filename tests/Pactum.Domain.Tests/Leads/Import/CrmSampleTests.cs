using NodaTime;
using Pactum.Domain.Leads.Import;

namespace Pactum.Domain.Tests.Leads.Import;

public sealed class CrmSampleTests
{
    private static readonly CrmImportOptions HubSpot = new(DateTimeZoneProviders.Tzdb["America/New_York"], SnapshotAt: Instant.FromUtc(2026, 10, 1, 0, 0));
    private static readonly CrmImportOptions Salesforce = HubSpot with { DateFormat = "M/d/yyyy h:mm a" };

    public static TheoryData<string, IEventRowMapper> Samples => new()
    {
        { "hubspot-contacts.csv", new HubSpotContactMapper(HubSpot) },
        { "salesforce-leads.csv", new SalesforceLeadMapper(Salesforce) },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Map_Sample_TakesEveryRow(string file, IEventRowMapper mapper)
    {
        var (headers, rows) = CrmCsv.Sample(file);

        Assert.Empty(mapper.CheckHeader(headers));
        Assert.Equal(mapper.Format, CrmFormats.Detect(headers));
        Assert.InRange(rows.Count, 15, 25);
        Assert.All(rows, row => Assert.Null(mapper.Map(row).Error));
    }

    [Theory]
    [InlineData("5101", "lead_created")] // Subscriber, no status
    [InlineData("5102", "lead_created")] // Lead, New
    [InlineData("5104", "lead_created mql attempt")] // MQL, In Progress
    [InlineData("5105", "lead_created mql attempt")] // MQL, Attempted to Contact
    [InlineData("5106", "lead_created mql sql handed_off accepted connected")] // SQL, Connected
    [InlineData("5107", "lead_created mql sql handed_off accepted opportunity")] // Opportunity, Open Deal
    [InlineData("5108", "lead_created mql sql handed_off accepted deal_won")] // Customer
    [InlineData("5111", "lead_created mql sql handed_off accepted disqualified")] // SQL, Unqualified
    [InlineData("5112", "lead_created mql recycled")] // MQL, Bad Timing
    public void Map_HubSpotSample_RowsBecomeTheirStages(string recordId, string expected)
    {
        var row = CrmCsv.Sample("hubspot-contacts.csv").Rows.Single(r => r[HubSpotColumns.RecordId] == recordId);

        Assert.Equal(expected, CrmCsv.Types(new HubSpotContactMapper(HubSpot).Map(row)));
    }

    [Theory]
    [InlineData("00Q5e00000Kx1A1EAJ", "lead_created")] // Open - Not Contacted
    [InlineData("00Q5e00000Kx1A3EAJ", "lead_created handed_off attempt")] // Working - Contacted
    [InlineData("00Q5e00000Kx1A5EAJ", "lead_created qualified opportunity")] // Closed - Converted with its date
    [InlineData("00Q5e00000Kx1A6EAJ", "lead_created disqualified")] // Closed - Not Converted
    public void Map_SalesforceSample_RowsBecomeTheirStatuses(string leadId, string expected)
    {
        var row = CrmCsv.Sample("salesforce-leads.csv").Rows.Single(r => r[SalesforceColumns.LeadId] == leadId);

        Assert.Equal(expected, CrmCsv.Types(new SalesforceLeadMapper(Salesforce).Map(row)));
    }

    [Fact]
    public void Sample_HubSpot_ShowsEveryStageStatusAndSource()
    {
        var rows = CrmCsv.Sample("hubspot-contacts.csv").Rows;

        Assert.Equal(HubSpotValues.LifecycleStages.Order(), rows.Select(r => r[HubSpotColumns.LifecycleStage]!).Distinct().Order());
        Assert.Equal(HubSpotValues.LeadStatuses.Order(), rows.Select(r => r[HubSpotColumns.LeadStatus]).OfType<string>().Distinct().Order());
        Assert.Equal(HubSpotValues.OriginalSources.Order(), rows.Select(r => r[HubSpotColumns.OriginalSource]!).Distinct().Order());
    }

    [Fact]
    public void Sample_Salesforce_ShowsEveryStatusAndSource()
    {
        var rows = CrmCsv.Sample("salesforce-leads.csv").Rows;

        Assert.Equal(SalesforceValues.LeadStatuses.Order(), rows.Select(r => r[SalesforceColumns.LeadStatus]!).Distinct().Order());
        Assert.Equal(SalesforceValues.LeadSourceValues.Order(), rows.Select(r => r[SalesforceColumns.LeadSource]!).Distinct().Order());
    }
}
