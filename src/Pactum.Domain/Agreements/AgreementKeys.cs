namespace Pactum.Domain.Agreements;

/// <summary>
/// The keys each mapping of an agreement file may hold, in the order the documentation lists them. The reader
/// rejects any other key (suggesting the nearest one), and a test keeps the JSON Schema for editors equal to these
/// lists, so that the two cannot drift apart.
/// </summary>
internal static class AgreementKeys
{
    /// <summary>The top of the file.</summary>
    internal static readonly string[] Top =
    [
        "id", "title", "kind", "version", "currency", "term", "summary", "parties", "goals", "requirements", "contacts",
        "consequences", "cancellation", "review", "definitions", "exclusions", "clocks", "scoring", "handOff", "assignment",
        "recycle", "calendar",
    ];

    /// <summary><c>term</c>.</summary>
    internal static readonly string[] Term = ["starts", "ends"];

    /// <summary><c>summary</c>.</summary>
    internal static readonly string[] Summary = ["service", "forWhom", "measuredBy"];

    /// <summary>Each item of <c>parties</c>.</summary>
    internal static readonly string[] Party = ["id", "name", "role"];

    /// <summary>Each item of <c>clocks</c> (SPEC C2).</summary>
    internal static readonly string[] Clock = ["id", "name", "party", "kind", "goal", "warnAt", "attempts", "minimumGap", "start", "stop", "pause", "resume", "cancel"];

    /// <summary>Each item of <c>goals</c>.</summary>
    internal static readonly string[] Goal = ["id", "name", "owner", "metric", "target", "derive", "unit", "period", "direction", "measure", "description"];

    /// <summary>A goal's <c>derive</c> (the goal calculator's inputs, SPEC G1).</summary>
    internal static readonly string[] Derive = ["quota", "marketingShare", "dealSize", "closeRate"];

    /// <summary>Each item of <c>requirements</c>.</summary>
    internal static readonly string[] Requirement = ["id", "from", "to", "what", "cadence"];

    /// <summary>A requirement's <c>cadence</c> when written as a mapping.</summary>
    internal static readonly string[] Cadence = ["count", "per"];

    /// <summary>Each item of <c>contacts</c>.</summary>
    internal static readonly string[] Contact = ["name", "party", "role", "owns", "talksTo", "email"];

    /// <summary><c>consequences</c>.</summary>
    internal static readonly string[] Consequences = ["remediation", "strikes", "credits"];

    /// <summary><c>consequences.strikes</c>.</summary>
    internal static readonly string[] Strikes = ["diagnosedBy", "fixedBy", "beforeEscalation", "escalateTo"];

    /// <summary>Each item of <c>consequences.credits</c>.</summary>
    internal static readonly string[] Credit = ["goal", "below", "credit"];

    /// <summary><c>cancellation</c>.</summary>
    internal static readonly string[] Cancellation = ["conditions", "description"];

    /// <summary>Each item of <c>cancellation.conditions</c>.</summary>
    internal static readonly string[] Condition = ["goalsMissedInARow", "strikes", "within"];

    /// <summary><c>review</c>.</summary>
    internal static readonly string[] Review = ["meeting", "revision", "midTermReview", "expiryReview"];

    /// <summary><c>definitions</c>.</summary>
    internal static readonly string[] Definitions = ["contact", "lead", "mql", "sql", "stages", "personas"];

    /// <summary>Each item of <c>definitions.personas</c>.</summary>
    internal static readonly string[] Persona = ["name", "role", "seniority", "decisionMaker", "companySize", "region"];

    /// <summary>Each item of <c>exclusions</c>.</summary>
    internal static readonly string[] Exclusion = ["from", "to", "reason"];

    /// <summary><c>scoring</c> (SPEC L4).</summary>
    internal static readonly string[] Scoring = ["fit", "interest", "groups", "grades"];

    /// <summary>Each item of <c>scoring.fit</c>.</summary>
    internal static readonly string[] FitRule = ["property", "is", "in", "notIn", "atLeast", "below", "points", "disqualify"];

    /// <summary>Each item of <c>scoring.interest</c>.</summary>
    internal static readonly string[] InterestRule = ["activity", "asset", "points", "group"];

    /// <summary>Each item of <c>scoring.groups</c>.</summary>
    internal static readonly string[] InterestGroup = ["name", "cap", "halfLife", "window"];

    /// <summary><c>scoring.grades</c>.</summary>
    internal static readonly string[] Grades = ["fitA", "fitB", "interest1", "interest2"];

    /// <summary><c>handOff</c> (SPEC L5).</summary>
    internal static readonly string[] HandOff = ["threshold", "minimumFit", "conversions", "carry"];

    /// <summary><c>assignment</c> (SPEC L5).</summary>
    internal static readonly string[] Assignment = ["method", "capacity", "reassignOnFirstTouchBreach"];

    /// <summary><c>recycle</c> (SPEC L6).</summary>
    internal static readonly string[] Recycle = ["afterAttempts", "afterBusinessDays", "tracks"];

    /// <summary><c>recycle.afterAttempts</c>.</summary>
    internal static readonly string[] AfterAttempts = ["count", "track"];

    /// <summary><c>recycle.afterBusinessDays</c>.</summary>
    internal static readonly string[] AfterBusinessDays = ["days", "track"];
}
