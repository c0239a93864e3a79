namespace Pactum.Domain.Leads;

/// <summary>
/// What is known of a lead for its fit (SPEC A3, L4): persona, role, seniority, buying role, company size and region,
/// each the latest value its events gave (on <c>lead_created</c>, <c>profile_updated</c> or any other event).
/// </summary>
public sealed record LeadProfile(string? Persona, string? Role, string? Seniority, string? BuyingRole, int? Employees, string? Region)
{
    /// <summary>A lead nothing is known of.</summary>
    public static LeadProfile Empty { get; } = new(null, null, null, null, null, null);

    /// <summary>This profile with what <paramref name="e"/> tells (values it leaves out stay as they were).</summary>
    public LeadProfile With(LeadEvent e) => new(
        e.Persona ?? Persona, e.Role ?? Role, e.Seniority ?? Seniority, e.BuyingRole ?? BuyingRole, e.Employees ?? Employees, e.Region ?? Region);

    /// <summary>The profile the events give up to and including <paramref name="until"/> (all of them when null), in projection order.</summary>
    public static LeadProfile Of(IEnumerable<LeadEvent> ordered, NodaTime.Instant? until = null) =>
        ordered.TakeWhile(e => until is null || e.OccurredAt <= until).Aggregate(Empty, (profile, e) => profile.With(e));

    /// <summary>
    /// Reads a buying role as written on an event: <c>decision-maker</c> (also <c>decision_maker</c>,
    /// <c>decisionMaker</c>) or <c>influencer</c>, ignoring case; <paramref name="role"/> is the canonical spelling.
    /// </summary>
    public static bool TryParseBuyingRole(string text, out string role)
    {
        var key = text.Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        role = key switch
        {
            "DECISIONMAKER" => "decision-maker",
            "INFLUENCER" => "influencer",
            _ => "",
        };
        return role.Length > 0;
    }
}
