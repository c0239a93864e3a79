namespace Pactum.Domain.Leads.Import;

/// <summary>The names of the CSV layouts Pactum reads, and recognising a layout from its header row.</summary>
public static class CrmFormats
{
    /// <summary>The generic events layout (SPEC I4): <c>event_id,lead_id,type,occurred_at,…</c>.</summary>
    public const string Generic = "generic";

    /// <summary>A HubSpot contact export (<see cref="HubSpotContactMapper"/>).</summary>
    public const string HubSpot = "hubspot";

    /// <summary>A Salesforce lead report export (<see cref="SalesforceLeadMapper"/>).</summary>
    public const string Salesforce = "salesforce";

    private static readonly string[] GenericColumns = ["event_id", "lead_id", "type", "occurred_at"];

    private static readonly string[] HubSpotSignature =
    [
        HubSpotColumns.RecordId, HubSpotColumns.LifecycleStage, HubSpotColumns.ContactOwner, HubSpotColumns.OriginalSource,
        HubSpotColumns.MqlDate, HubSpotColumns.SqlDate, HubSpotColumns.CustomerDate,
    ];

    private static readonly string[] SalesforceSignature =
    [
        SalesforceColumns.LeadId, SalesforceColumns.LeadOwner, SalesforceColumns.LeadSource, SalesforceColumns.Converted,
        SalesforceColumns.ConvertedDate,
    ];

    /// <summary>
    /// The layout a header row is written in: <c>generic</c> when it has all of <c>event_id</c>, <c>lead_id</c>,
    /// <c>type</c> and <c>occurred_at</c>; otherwise <c>hubspot</c> or <c>salesforce</c> by the columns only that CRM
    /// writes (HubSpot: Record ID, Lifecycle Stage, Contact owner, Original Source, the "Became a … Date" columns;
    /// Salesforce: Lead ID, Lead Owner, Lead Source, Converted, Converted Date), the one with more of them; otherwise
    /// (none, or a tie) <see langword="null"/>. Headers match case-insensitively, ignoring surrounding spaces. A
    /// recognised CRM layout may still lack a required column: <see cref="IEventRowMapper.CheckHeader"/> says so.
    /// </summary>
    public static string? Detect(IReadOnlyList<string> headers)
    {
        var present = new HashSet<string>(headers.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
        if (GenericColumns.All(present.Contains))
        {
            return Generic;
        }

        var hubSpot = HubSpotSignature.Count(present.Contains);
        var salesforce = SalesforceSignature.Count(present.Contains);
        return hubSpot > salesforce ? HubSpot : salesforce > hubSpot ? Salesforce : null;
    }
}
