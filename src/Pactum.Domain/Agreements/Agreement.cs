using Pactum.Domain.Calendars;

namespace Pactum.Domain.Agreements;

/// <summary>
/// A service-level agreement (SPEC A1–A3, A6) as one immutable version: who the parties are, what each promises
/// (goals), what each needs (requirements), who to talk to, what happens on a miss, when the agreement is flagged for
/// renegotiation, how it is reviewed, the words both sides define, the exclusion windows and the business calendar.
/// Read from a file with <see cref="AgreementFile.Parse"/>, which guarantees every reference inside it resolves.
/// </summary>
/// <remarks>
/// Lists keep file order. Party, goal and requirement ids are unique; goal owners, requirement ends, contacts'
/// parties, strike rules and credit tiers all name parties or goals of this agreement.
/// </remarks>
public sealed record Agreement
{
    /// <summary>The agreement's id (lower-case letters, digits, hyphens), e.g. <c>company-x-internal</c>; stable across versions.</summary>
    public required string Id { get; init; }

    /// <summary>The title shown to people.</summary>
    public required string Title { get; init; }

    /// <summary>Customer, internal or multi-level.</summary>
    public required AgreementKind Kind { get; init; }

    /// <summary>The version number as written in the file (informative; storage numbers stored versions itself).</summary>
    public required int Version { get; init; }

    /// <summary>The ISO 4217 code of the currency money amounts are in (quotas, deal sizes, fees), e.g. <c>USD</c> (the default).</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>When the agreement is in effect.</summary>
    public required AgreementTerm Term { get; init; }

    /// <summary>What service, for whom, and how success is measured.</summary>
    public required AgreementSummary Summary { get; init; }

    /// <summary>The parties in file order (for a multi-level agreement, the chain order); at least two.</summary>
    public required IReadOnlyList<Party> Parties { get; init; }

    /// <summary>The goals of every party, in file order; at least one.</summary>
    public required IReadOnlyList<Goal> Goals { get; init; }

    /// <summary>What each party needs from another, in file order.</summary>
    public IReadOnlyList<Requirement> Requirements { get; init; } = [];

    /// <summary>The points of contact, in file order.</summary>
    public IReadOnlyList<Contact> Contacts { get; init; } = [];

    /// <summary>What happens when a goal is missed.</summary>
    public Consequences Consequences { get; init; } = new();

    /// <summary>When the agreement is flagged for renegotiation.</summary>
    public Cancellation Cancellation { get; init; } = new();

    /// <summary>How the agreement is reviewed.</summary>
    public ReviewCadence Review { get; init; } = new();

    /// <summary>The shared definitions and personas.</summary>
    public Definitions Definitions { get; init; } = new();

    /// <summary>
    /// Exclusion windows (SPEC A6): half-open spans [from, to) of unexpected events (a storm, an IT failure) during
    /// which clocks pause and which goal evaluation leaves out, each with its reason; ordered as written.
    /// </summary>
    public IReadOnlyList<Closure> Exclusions { get; init; } = [];

    /// <summary>The SLA clocks put on every lead (SPEC C2), in file order; they run on <see cref="CalendarWithExclusions"/>.</summary>
    public IReadOnlyList<Clocks.ClockDefinition> Clocks { get; init; } = [];

    /// <summary>How leads are scored for fit and interest (SPEC L4), or null when the agreement scores none.</summary>
    public Scoring.ScoringRules? Scoring { get; init; }

    /// <summary>What hands a lead to sales and what travels with it (SPEC L5), or null when hand-offs come from elsewhere.</summary>
    public Scoring.HandOffRules? HandOff { get; init; }

    /// <summary>How handed-off leads are assigned to reps (SPEC L5), or null when the hand-off names the owner.</summary>
    public Assignment.AssignmentRules? Assignment { get; init; }

    /// <summary>When a lead returns to marketing and into which nurture track (SPEC L6), or null when sales recycles by hand.</summary>
    public Scoring.RecycleRules? Recycle { get; init; }

    /// <summary>The agreement's business calendar (time zone, open hours, holidays, closures), or null when it has none.</summary>
    public BusinessCalendar? Calendar { get; init; }

    /// <summary>The party with id <paramref name="id"/>, or null.</summary>
    public Party? FindParty(string id) => Parties.FirstOrDefault(p => p.Id == id);

    /// <summary>The goals owned by <paramref name="owner"/> (a party id, or <see cref="Goal.SharedOwner"/>), in file order.</summary>
    public IReadOnlyList<Goal> GoalsOwnedBy(string owner) => Goals.Where(g => g.Owner == owner).ToList();

    /// <summary>
    /// The calendar clocks run on: <see cref="Calendar"/> with the <see cref="Exclusions"/> added to its closures, so
    /// that clocks pause in them; null when the agreement has no calendar. Builds a new calendar on every call: keep it.
    /// </summary>
    public BusinessCalendar? CalendarWithExclusions() =>
        Calendar is null || Exclusions.Count == 0
            ? Calendar
            : new BusinessCalendar(Calendar.Zone, Calendar.Hours, Calendar.Holidays, Calendar.Closures.Concat(Exclusions));
}
