namespace Pactum.Domain.Leads.Demo;

/// <summary>
/// Who and what appears in the Company X demo: Kendra's four reps, the sources and assets leads convert on, the
/// personas of the agreement, and the agreed lists of reasons and tracks. Names of people are examples.
/// </summary>
internal static class DemoCast
{
    /// <summary>The reps of sales director Kendra's team, in round-robin order.</summary>
    public static IReadOnlyList<string> Reps { get; } = ["Maya Chen", "Luis Ortega", "Priya Nair", "Sam Becker"];

    /// <summary>Every source of <see cref="LeadSources.All"/>, weighted like a B2B inbound mix.</summary>
    public static IReadOnlyList<(string Item, double Weight)> Sources { get; } =
    [
        ("organic_search", 30), ("referral", 12), ("social_media", 13), ("email_marketing", 15),
        ("paid_search", 18), ("direct_traffic", 8), ("other", 4),
    ];

    /// <summary>Pages, landing pages and blog calls to action leads convert on.</summary>
    public static IReadOnlyList<(string Item, double Weight)> Assets { get; } =
    [
        ("/pricing", 18), ("/landing/demo", 22), ("/landing/sla-assessment", 12), ("/blog/sla-guide#cta", 16),
        ("/blog/lead-scoring-101#cta", 10), ("/webinars/closed-loop-marketing", 8), ("/contact", 14),
    ];

    /// <summary>The personas of company-x-internal.yaml.</summary>
    public static IReadOnlyList<(DemoPersona Item, double Weight)> Personas { get; } =
    [
        (new DemoPersona("Decision-making executive", ConnectChance: 0.24, QualifyChance: 0.70, MinScore: 70), 25),
        (new DemoPersona("Manager", ConnectChance: 0.32, QualifyChance: 0.60, MinScore: 62), 45),
        (new DemoPersona("Intern", ConnectChance: 0.38, QualifyChance: 0.35, MinScore: 60), 30),
    ];

    /// <summary>Channels of a first attempt.</summary>
    public static IReadOnlyList<(string Item, double Weight)> FirstChannels { get; } = [("phone", 60), ("email", 30), ("video", 10)];

    /// <summary>Channels of later attempts.</summary>
    public static IReadOnlyList<(string Item, double Weight)> LaterChannels { get; } = [("phone", 50), ("email", 40), ("video", 10)];

    /// <summary>The agreed reasons sales may reject a handed-off lead for.</summary>
    public static IReadOnlyList<string> RejectReasons { get; } =
        ["not in served region", "company under 20 employees", "duplicate", "no budget", "student or job seeker"];

    /// <summary>Why a connected lead is disqualified.</summary>
    public static IReadOnlyList<string> DisqualifyReasons { get; } =
        ["company under 20 employees", "not in served region", "no budget", "already a customer of a competitor"];

    /// <summary>Why a deal is lost.</summary>
    public static IReadOnlyList<string> LostReasons { get; } = ["chose a competitor", "no decision", "price", "timing"];

    /// <summary>The nurture tracks (SPEC L6).</summary>
    public static IReadOnlyList<(string Item, double Weight)> Tracks { get; } = [("awareness", 45), ("consideration", 35), ("decision", 20)];

    /// <summary>The recycle reason after the agreed six attempts without a connection.</summary>
    public const string NoConnection = "no connection after 6 attempts";

    /// <summary>Why a rep enrols a connected lead in a nurture track by hand.</summary>
    public const string NotReady = "not ready to buy this quarter";

    /// <summary>Why a connected lead cannot be qualified.</summary>
    public const string NotEnoughInformation = "not enough information";
}
