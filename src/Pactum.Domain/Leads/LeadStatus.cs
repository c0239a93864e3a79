namespace Pactum.Domain.Leads;

/// <summary>
/// Where a lead is on sales' working list (SPEC L2): new, open, in progress (attempting), connected, qualified,
/// unable to qualify, disqualified, recycled.
/// </summary>
public enum LeadStatus
{
    /// <summary>Created; not yet handed to sales.</summary>
    New,

    /// <summary>Handed to sales; no attempt yet.</summary>
    Open,

    /// <summary>Sales is attempting to reach the lead.</summary>
    InProgress,

    /// <summary>Sales reached the lead.</summary>
    Connected,

    /// <summary>Sales qualified the lead.</summary>
    Qualified,

    /// <summary>Sales could not qualify the lead.</summary>
    UnableToQualify,

    /// <summary>Rejected or disqualified.</summary>
    Disqualified,

    /// <summary>Back with marketing, in a nurture track.</summary>
    Recycled,
}
