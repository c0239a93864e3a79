using Pactum.Domain.Time;

namespace Pactum.Domain.Agreements;

/// <summary>
/// The agreement in columns (SPEC A4), so that who owns each activity and metric is visible at a glance: one column
/// per party in party order (for a multi-level agreement, the chain order), then a column "Shared".
/// </summary>
/// <remarks>
/// A party's column holds its goals (target in words and, when derived, the formula), what it needs from others,
/// what it delivers to others, its points of contact, and the consequences that name it (diagnosing or fixing under
/// a strike system; service credits for a provider). The shared column holds the summary, the shared goals,
/// definitions, personas, the remediation plan and strike system, cancellation conditions, review cadence and
/// exclusion windows (in the calendar's time zone, or UTC without a calendar). Empty
/// sections are left out.
/// </remarks>
public static class SideBySide
{
    /// <summary>The shared column's key.</summary>
    public const string SharedKey = Goal.SharedOwner;

    /// <summary>The columns of <paramref name="agreement"/>: its parties in order, then the shared column.</summary>
    public static IReadOnlyList<SideBySideColumn> Of(Agreement agreement)
    {
        var columns = agreement.Parties.Select(p => PartyColumn(agreement, p)).ToList();
        columns.Add(SharedColumn(agreement));
        return columns;
    }

    private static SideBySideColumn PartyColumn(Agreement agreement, Party party)
    {
        string Name(string id) => agreement.FindParty(id)?.Name ?? id;
        var requirements = agreement.Requirements;
        return Column(
            party.Id,
            party.Name,
            Section("goals", "Goals", agreement.GoalsOwnedBy(party.Id).Select(GoalItem)),
            Section("requirements", "Needs from others", requirements.Where(r => r.To == party.Id).Select(r => new SideBySideItem(r.What, Join($"from {Name(r.From)}", r.Cadence?.ToString())))),
            Section("deliveries", "Delivers to others", requirements.Where(r => r.From == party.Id).Select(r => new SideBySideItem(r.What, Join($"to {Name(r.To)}", r.Cadence?.ToString())))),
            Section("contacts", "Points of contact", agreement.Contacts.Where(c => c.Party == party.Id).Select(ContactItem)),
            Section("consequences", "Consequences", PartyConsequences(agreement, party)));
    }

    private static SideBySideColumn SharedColumn(Agreement agreement)
    {
        var summary = agreement.Summary;
        var definitions = agreement.Definitions;
        var review = agreement.Review;
        var cancellation = agreement.Cancellation;
        return Column(
            SharedKey,
            "Shared",
            Section("summary", "Summary", [
                new("Service", summary.Service), new("For", summary.ForWhom), new("Success measured by", summary.MeasuredBy),
                new("Term", agreement.Term.ToString()), new("Currency", agreement.Currency)]),
            Section("goals", "Shared goals", agreement.GoalsOwnedBy(Goal.SharedOwner).Select(GoalItem)),
            Section("definitions", "Definitions", Items(
                ("Contact", definitions.Contact), ("Lead", definitions.Lead), ("MQL", definitions.Mql), ("SQL", definitions.Sql),
                ("Sales stages", definitions.Stages.Count == 0 ? null : string.Join(" → ", definitions.Stages)))),
            Section("personas", "Personas", definitions.Personas.Select(p => new SideBySideItem(
                p.Name, Join(p.Role, p.Seniority, p.BuyingRole?.ToFileText(), p.CompanySize, p.Region)))),
            Section("consequences", "When a goal is missed", Items(
                ("Remediation plan", agreement.Consequences.Remediation),
                ("Strikes", agreement.Consequences.Strikes is { } s ? StrikeText(agreement, s) : null))),
            Section("cancellation", "Cancellation conditions", cancellation.Conditions
                .Select(c => new SideBySideItem(c.Describe(), null))
                .Concat(Items(("Then", cancellation.Description)))),
            Section("review", "Review", Items(
                ("Review meeting", review.Meeting?.ToFileText()), ("Full revision", review.Revision?.ToFileText()),
                ("Mid-term review", review.MidTerm?.ToString()), ("Review at expiry", review.AtExpiry?.ToString()))),
            Section("exclusions", "Exclusions", agreement.Exclusions.Select(e => new SideBySideItem(
                e.Reason, $"{When(agreement, e.From)} – {When(agreement, e.To)}"))));
    }

    private static IEnumerable<SideBySideItem> PartyConsequences(Agreement agreement, Party party)
    {
        if (agreement.Consequences.Strikes is { } strikes)
        {
            if (strikes.DiagnosedBy == party.Id)
            {
                yield return new SideBySideItem("Diagnoses missed goals", StrikeText(agreement, strikes));
            }

            if (strikes.FixedBy == party.Id)
            {
                yield return new SideBySideItem("Fixes missed goals", StrikeText(agreement, strikes));
            }
        }

        if (party.Role != PartyRole.Provider)
        {
            yield break;
        }

        foreach (var tiers in agreement.Consequences.Credits.GroupBy(t => t.Goal))
        {
            var goal = agreement.Goals.FirstOrDefault(g => g.Id == tiers.Key)?.Name ?? tiers.Key;
            yield return new SideBySideItem($"Service credits on {goal}", string.Join("; ", tiers));
        }
    }

    private static string StrikeText(Agreement agreement, StrikeRule strikes) =>
        Join(
            $"{strikes.BeforeEscalation} {(strikes.BeforeEscalation == 1 ? "strike" : "strikes")} before escalation",
            strikes.EscalateTo is null ? null : $"escalated to {strikes.EscalateTo}",
            $"diagnosed by {agreement.FindParty(strikes.DiagnosedBy)?.Name}",
            $"fixed by {agreement.FindParty(strikes.FixedBy)?.Name}")!;

    /// <summary>An instant in the agreement's time zone with its offset when it has a calendar, otherwise in UTC.</summary>
    private static string When(Agreement agreement, NodaTime.Instant instant) =>
        agreement.Calendar is { Zone: var zone } ? InstantText.FormatLocal(instant, zone) : InstantText.Format(instant);

    private static SideBySideItem GoalItem(Goal goal) =>
        new(goal.Name, goal.DerivationFormula is { } formula ? $"{goal.TargetText} (derived: {formula})" : goal.TargetText);

    private static SideBySideItem ContactItem(Contact contact) =>
        new(contact.Name, Join(
            contact.Role,
            contact.Owns.Count == 0 ? null : $"owns {string.Join(", ", contact.Owns)}",
            contact.TalksTo.Count == 0 ? null : $"talks to {string.Join(", ", contact.TalksTo)}",
            contact.Emails.Count == 0 ? null : string.Join(", ", contact.Emails)));

    private static SideBySideColumn Column(string key, string title, params SideBySideSection?[] sections) =>
        new(key, title, sections.OfType<SideBySideSection>().ToList());

    private static SideBySideSection? Section(string key, string heading, IEnumerable<SideBySideItem> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : new SideBySideSection(key, heading, list);
    }

    private static IEnumerable<SideBySideItem> Items(params (string Label, string? Detail)[] items) =>
        items.Where(i => i.Detail is not null).Select(i => new SideBySideItem(i.Label, i.Detail));

    private static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return present.Count == 0 ? null : string.Join("; ", present);
    }
}
