namespace Pactum.Domain.Leads.Import;

/// <summary>The column labels of a HubSpot contact export that Pactum reads (matched case-insensitively).</summary>
public static class HubSpotColumns
{
    /// <summary>The contact's ID (required): the lead ID.</summary>
    public const string RecordId = "Record ID";

    /// <summary>When the contact was created (required): <c>lead_created</c>.</summary>
    public const string CreateDate = "Create Date";

    /// <summary>The lifecycle stage (checked against <see cref="HubSpotValues.LifecycleStages"/>; implies no event, having no date).</summary>
    public const string LifecycleStage = "Lifecycle Stage";

    /// <summary>The working-list status (<see cref="HubSpotValues.LeadStatuses"/>).</summary>
    public const string LeadStatus = "Lead Status";

    /// <summary>The owner (a name or an e-mail address).</summary>
    public const string ContactOwner = "Contact owner";

    /// <summary>Where the contact came from (<see cref="HubSpotValues.OriginalSources"/>).</summary>
    public const string OriginalSource = "Original Source";

    /// <summary>The contact's job title, carried as the persona text.</summary>
    public const string JobTitle = "Job Title";

    /// <summary>When the contact became an MQL: <c>mql</c>.</summary>
    public const string MqlDate = "Became a Marketing Qualified Lead Date";

    /// <summary>When the contact became an SQL: <c>sql</c>, <c>handed_off</c> and <c>accepted</c>.</summary>
    public const string SqlDate = "Became a Sales Qualified Lead Date";

    /// <summary>When the contact became an opportunity (optional column): <c>opportunity</c>.</summary>
    public const string OpportunityDate = "Became an Opportunity Date";

    /// <summary>When the contact became a customer: <c>deal_won</c> (no amount: a contact export has none).</summary>
    public const string CustomerDate = "Became a Customer Date";

    /// <summary>The columns a HubSpot contact export must have.</summary>
    public static IReadOnlyList<string> Required { get; } = [RecordId, CreateDate];
}
