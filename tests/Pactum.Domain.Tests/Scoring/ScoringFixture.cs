using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Domain.Scoring;

namespace Pactum.Domain.Tests.Scoring;

/// <summary>The scoring rules of the SPEC L4 example, and builders of the events the tests score.</summary>
internal static class ScoringFixture
{
    /// <summary>The day the tests' leads are created on.</summary>
    public static readonly Instant Day0 = Instant.FromUtc(2026, 3, 2, 14, 0);

    /// <summary>
    /// Fit: executive persona +30, senior +20, decision maker +15, 200+ employees +15, interns -10; under 20 employees
    /// or outside North America disqualify. Interest: page visit +2 (a /pricing visit +8) in web (cap 20, half-life
    /// 30 days), download +10 in content (half-life 30 days), e-mail click +3 in email (cap 15, 90-day window),
    /// webinar +15, demo request +40, unsubscribe -10.
    /// </summary>
    public static readonly ScoringRules Rules = new()
    {
        Fit =
        [
            new FitRule { Property = FitProperty.Persona, In = ["Decision-making executive"], Points = 30 },
            new FitRule { Property = FitProperty.Seniority, In = ["executive", "director"], Points = 20 },
            new FitRule { Property = FitProperty.BuyingRole, In = ["decision-maker"], Points = 15 },
            new FitRule { Property = FitProperty.Employees, AtLeast = 200, Points = 15 },
            new FitRule { Property = FitProperty.Persona, In = ["Intern"], Points = -10 },
            new FitRule { Property = FitProperty.Employees, Below = 20, Disqualify = "Companies under 20 employees are not served" },
            new FitRule { Property = FitProperty.Region, NotIn = ["North America"], Disqualify = "Outside the served region" },
        ],
        Interest =
        [
            new InterestRule { Activity = "page_visit", Points = 2, Group = "web" },
            new InterestRule { Activity = "page_visit", Asset = "/pricing", Points = 8, Group = "web" },
            new InterestRule { Activity = "content_download", Points = 10, Group = "content" },
            new InterestRule { Activity = "email_click", Points = 3, Group = "email" },
            new InterestRule { Activity = "webinar", Points = 15, Group = "webinar" },
            new InterestRule { Activity = "demo_request", Points = 40, Group = "demo_request" },
            new InterestRule { Activity = "unsubscribe", Points = -10, Group = "unsubscribe" },
        ],
        Groups =
        [
            new InterestGroup { Name = "web", Cap = 20, HalfLife = Duration.FromDays(30) },
            new InterestGroup { Name = "content", HalfLife = Duration.FromDays(30) },
            new InterestGroup { Name = "email", Cap = 15, Window = Duration.FromDays(90) },
        ],
    };

    /// <summary>What a lead's creation tells of it.</summary>
    public static LeadEvent Created(string id = "created", string? persona = null, string? seniority = null, string? buyingRole = null, int? employees = null, string? region = null, Instant? at = null) => new()
    {
        EventId = id,
        LeadId = "L1",
        Type = LeadEventType.LeadCreated,
        OccurredAt = at ?? Day0,
        Persona = persona,
        Seniority = seniority,
        BuyingRole = buyingRole,
        Employees = employees,
        Region = region,
    };

    /// <summary>An engagement <paramref name="days"/> after <see cref="Day0"/>.</summary>
    public static LeadEvent Engaged(string id, string activity, double days, string? asset = null) => new()
    {
        EventId = id,
        LeadId = "L1",
        Type = LeadEventType.Engaged,
        OccurredAt = Day0 + Duration.FromDays(days),
        Activity = activity,
        Asset = asset,
    };

    /// <summary><paramref name="days"/> after <see cref="Day0"/>.</summary>
    public static Instant After(double days) => Day0 + Duration.FromDays(days);
}
