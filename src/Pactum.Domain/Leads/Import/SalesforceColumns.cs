namespace Pactum.Domain.Leads.Import;

/// <summary>The column labels of a Salesforce lead report export that Pactum reads (matched case-insensitively).</summary>
public static class SalesforceColumns
{
    /// <summary>The lead's ID (required): the lead ID.</summary>
    public const string LeadId = "Lead ID";

    /// <summary>When the lead was created (required): <c>lead_created</c>.</summary>
    public const string CreateDate = "Create Date";

    /// <summary>The lead status (<see cref="SalesforceValues.LeadStatuses"/>).</summary>
    public const string LeadStatus = "Lead Status";

    /// <summary>The owner (a user or a queue).</summary>
    public const string LeadOwner = "Lead Owner";

    /// <summary>Where the lead came from (<see cref="SalesforceValues.LeadSourceValues"/>).</summary>
    public const string LeadSource = "Lead Source";

    /// <summary>The lead's title, carried as the persona text.</summary>
    public const string Title = "Title";

    /// <summary>Whether the lead was converted: true/false (also 1/0, yes/no).</summary>
    public const string Converted = "Converted";

    /// <summary>When the lead was converted: <c>qualified</c> and <c>opportunity</c>.</summary>
    public const string ConvertedDate = "Converted Date";

    /// <summary>The columns a Salesforce lead report must have.</summary>
    public static IReadOnlyList<string> Required { get; } = [LeadId, CreateDate];
}
