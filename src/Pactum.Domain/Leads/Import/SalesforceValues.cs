namespace Pactum.Domain.Leads.Import;

/// <summary>The values a Salesforce lead report writes in its choice columns, and what Pactum reads them as.</summary>
public static class SalesforceValues
{
    /// <summary>The default lead statuses.</summary>
    public static IReadOnlyList<string> LeadStatuses => Statuses.Labels;

    /// <summary>The default lead sources.</summary>
    public static IReadOnlyList<string> LeadSourceValues => Sources.Labels;

    /// <summary>
    /// What each status implies. Open - Not Contacted: nothing beyond <c>lead_created</c>. Working - Contacted: the
    /// lead is with its owner and has been tried, so <c>handed_off</c> (to the Lead Owner) and <c>attempt</c>.
    /// Closed - Converted: <c>qualified</c> (dated by Converted Date when the report has it). Closed - Not Converted:
    /// <c>disqualified</c>.
    /// </summary>
    internal static CrmValueMap<IReadOnlyList<CrmFact>> Statuses { get; } = new(
    [
        ("Open - Not Contacted", []),
        ("Working - Contacted", [new(LeadEventType.HandedOff, ToOwner: true), new(LeadEventType.Attempt)]),
        ("Closed - Converted", [new(LeadEventType.Qualified)]),
        ("Closed - Not Converted", [new(LeadEventType.Disqualified)]),
    ]);

    /// <summary>
    /// Lead sources as <see cref="LeadSources"/>. Web is <c>direct_traffic</c>: a web-to-lead form says the lead came
    /// through the site but not by which channel, and direct traffic is what <see cref="LeadSources"/> reads "web" as.
    /// Partner Referral is <c>referral</c>; Phone Inquiry, Purchased List and Other are <c>other</c>.
    /// </summary>
    internal static CrmValueMap<string> Sources { get; } = new(
    [
        ("Web", "direct_traffic"), ("Phone Inquiry", "other"), ("Partner Referral", "referral"),
        ("Purchased List", "other"), ("Other", "other"),
    ]);

    /// <summary>The Converted checkbox as Salesforce reports write it.</summary>
    internal static CrmValueMap<bool?> Flags { get; } = new(
    [
        ("true", true), ("false", false), ("1", true), ("0", false), ("yes", true), ("no", false),
    ]);
}
