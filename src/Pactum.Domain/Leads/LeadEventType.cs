namespace Pactum.Domain.Leads;

/// <summary>
/// What happened to a lead (SPEC L1, I4). Written in files and APIs in snake case: <c>lead_created</c>, <c>mql</c>,
/// <c>sql</c>, <c>handed_off</c>, <c>accepted</c>, <c>rejected</c>, <c>attempt</c>, <c>connected</c>, <c>qualified</c>,
/// <c>unqualifiable</c>, <c>disqualified</c>, <c>recycled</c>, <c>nurtured</c>, <c>opportunity</c>, <c>deal_won</c>,
/// <c>deal_lost</c>, <c>engaged</c>, <c>profile_updated</c>, <c>assigned</c>.
/// </summary>
public enum LeadEventType
{
    /// <summary>A contact became a lead (converted on an asset); carries source, asset, persona.</summary>
    LeadCreated,

    /// <summary>The lead became marketing-qualified; may carry a score.</summary>
    Mql,

    /// <summary>The lead became sales-qualified.</summary>
    Sql,

    /// <summary>Marketing handed the lead to sales; carries the owner (the rep) when known. Starts the SLA clocks.</summary>
    HandedOff,

    /// <summary>Sales accepted the handed-off lead.</summary>
    Accepted,

    /// <summary>Sales rejected the handed-off lead; carries the reason from the agreed list.</summary>
    Rejected,

    /// <summary>A contact attempt; carries the channel (phone, email, video, meeting) and the outcome.</summary>
    Attempt,

    /// <summary>A rep reached the lead (a conversation took place).</summary>
    Connected,

    /// <summary>Sales qualified the lead.</summary>
    Qualified,

    /// <summary>Sales could not qualify the lead (not enough information, no response).</summary>
    Unqualifiable,

    /// <summary>The lead was disqualified (not a fit); carries the reason.</summary>
    Disqualified,

    /// <summary>The lead went back to marketing; carries the reason and the nurture track.</summary>
    Recycled,

    /// <summary>The lead was enrolled in a nurture track by hand; carries the track.</summary>
    Nurtured,

    /// <summary>An opportunity (deal) was opened for the lead.</summary>
    Opportunity,

    /// <summary>The deal was won; the amount is the revenue.</summary>
    DealWon,

    /// <summary>The deal was lost; carries the reason.</summary>
    DealLost,

    /// <summary>The lead engaged with marketing (SPEC L4): carries the activity (a page visit, a download, a demo request …) and the asset.</summary>
    Engaged,

    /// <summary>What is known of the lead changed: carries its fit properties (persona, role, seniority, buying role, employees, region).</summary>
    ProfileUpdated,

    /// <summary>The lead was given to another rep (a reassignment); carries the owner and the reason.</summary>
    Assigned,
}
