using NodaTime;

namespace Pactum.Domain.Leads.Demo;

/// <summary>
/// A demo event before it becomes a <see cref="LeadEvent"/>: a value, so that the events waiting in the generator's
/// day buckets cost no garbage-collected objects of their own (the event and its ID strings are made when yielded).
/// </summary>
/// <param name="Lead">The lead's number (its ID is <c>L{Lead:D7}</c>).</param>
/// <param name="Number">The event's number within its lead, in chronological order (<c>00</c> is <c>lead_created</c>).</param>
/// <param name="Type">What happened.</param>
/// <param name="At">When it happened.</param>
internal readonly record struct DemoFact(int Lead, int Number, LeadEventType Type, Instant At)
{
    /// <summary>The source, on <c>lead_created</c>.</summary>
    public string? Source { get; init; }

    /// <summary>The asset converted on, on <c>lead_created</c>.</summary>
    public string? Asset { get; init; }

    /// <summary>The persona, on <c>lead_created</c>.</summary>
    public string? Persona { get; init; }

    /// <summary>The rep.</summary>
    public string? Owner { get; init; }

    /// <summary>The attempt's channel.</summary>
    public string? Channel { get; init; }

    /// <summary>The attempt's outcome.</summary>
    public string? Outcome { get; init; }

    /// <summary>Why.</summary>
    public string? Reason { get; init; }

    /// <summary>The nurture track.</summary>
    public string? Track { get; init; }

    /// <summary>Whole dollars on <c>deal_won</c>.</summary>
    public int? Amount { get; init; }

    /// <summary>The MQL score.</summary>
    public int? Score { get; init; }

    /// <summary>Whether this is a marketing fact (an engagement): numbered apart, <c>demo-{Lead:D7}-e{Number:D2}</c>.</summary>
    public bool Engagement { get; init; }

    /// <summary>The engagement's activity.</summary>
    public string? Activity { get; init; }

    /// <summary>The fit properties, on <c>lead_created</c>.</summary>
    public DemoProfile? Profile { get; init; }

    /// <summary>The event with its IDs: <c>demo-{Lead:D7}-{Number:D2}</c> and <c>L{Lead:D7}</c>.</summary>
    public LeadEvent ToLeadEvent() => new()
    {
        EventId = Engagement ? $"demo-{Lead:D7}-e{Number:D2}" : $"demo-{Lead:D7}-{Number:D2}",
        LeadId = $"L{Lead:D7}",
        Type = Type,
        OccurredAt = At,
        Source = Source,
        Asset = Asset,
        Persona = Persona,
        Owner = Owner,
        Channel = Channel,
        Outcome = Outcome,
        Reason = Reason,
        Track = Track,
        Amount = Amount,
        Score = Score,
        Activity = Activity,
        Role = Profile?.Role,
        Seniority = Profile?.Seniority,
        BuyingRole = Profile?.BuyingRole,
        Employees = Profile?.Employees,
        Region = Profile?.Region,
    };
}
