using Pactum.Domain.Leads.Import;

namespace Pactum.Domain.Tests.Leads.Import;

public sealed class CrmFormatsTests
{
    [Theory]
    [InlineData("event_id,lead_id,type,occurred_at", "generic")] // the generic required columns
    [InlineData("Event_ID, Lead_ID ,TYPE,occurred_at,source,Record ID", "generic")] // any case and spacing; extra columns ignored
    [InlineData("Record ID,First Name,Email,Lifecycle Stage,Lead Status,Create Date", "hubspot")] // a HubSpot contact export
    [InlineData("First Name,Lifecycle Stage,Create Date", "hubspot")] // HubSpot without Record ID: still HubSpot (CheckHeader refuses it)
    [InlineData("Lead ID,First Name,Lead Status,Lead Owner,Lead Source,Create Date,Converted", "salesforce")] // a Salesforce lead report
    [InlineData("lead id,create date", "salesforce")] // any case
    [InlineData("First Name,Email,Lead Status,Create Date", null)] // only columns both CRMs write
    [InlineData("Record ID,Lead ID", null)] // as much of one as of the other
    [InlineData("event_id,lead_id,type", null)] // generic without occurred_at
    public void Detect_Header_NamesTheLayout(string header, string? expected)
    {
        Assert.Equal(expected, CrmFormats.Detect(header.Split(',')));
    }
}
