namespace Pactum.Domain.Scoring;

/// <summary>
/// What hands a lead from marketing to sales (SPEC L5): a total score at or above <see cref="Threshold"/> (with at
/// least <see cref="MinimumFit"/>), or one of the bottom-of-funnel <see cref="Conversions"/> whatever the score; and what
/// travels with the lead. Sales hears of each hand-off through the notices of the receiving party (its points of
/// contact, and the webhook endpoints of the settings file that hear it — a CRM's).
/// </summary>
public sealed record HandOffRules
{
    /// <summary>The names <see cref="Carry"/> may hold, as files write them: the lead's source, the asset it converted on, its fit properties, its score and grade.</summary>
    public static IReadOnlyList<string> CarryNames { get; } = ["source", "asset", "persona", "score", "grade", "role", "seniority", "buyingRole", "employees", "region"];

    /// <summary>The total score (fit + interest) that makes a lead an MQL and hands it off, or null when only conversions hand off.</summary>
    public decimal? Threshold { get; init; }

    /// <summary>The lowest fit grade letter (A, B or C) a lead must have to be handed off on its score, or null for any.</summary>
    public char? MinimumFit { get; init; }

    /// <summary>The engagement activities that hand a lead off at once, regardless of score (e.g. <c>demo_request</c>).</summary>
    public IReadOnlyList<string> Conversions { get; init; } = [];

    /// <summary>What travels with the lead, in order: names of lead facts (source, asset, persona, score, grade, role …).</summary>
    public IReadOnlyList<string> Carry { get; init; } = [];

}
