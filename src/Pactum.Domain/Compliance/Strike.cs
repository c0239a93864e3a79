using Pactum.Domain.Agreements;

namespace Pactum.Domain.Compliance;

/// <summary>
/// A strike (SPEC P2): a missed goal counts against the party that owns it (each party, for a shared goal) and against
/// that party's points of contact; the agreement's strike rule names who diagnoses and who fixes.
/// </summary>
/// <param name="GoalId">The missed goal.</param>
/// <param name="Period">The period it was missed in.</param>
/// <param name="Party">The party the strike counts against.</param>
/// <param name="Contacts">The names of that party's points of contact, in file order.</param>
public sealed record Strike(string GoalId, PeriodKey Period, string Party, IReadOnlyList<string> Contacts)
{
    /// <summary>The strikes a missed <paramref name="verdict"/> gives under <paramref name="agreement"/>; none for any other verdict.</summary>
    public static IReadOnlyList<Strike> For(Agreement agreement, GoalVerdict verdict)
    {
        if (!verdict.IsMiss)
        {
            return [];
        }

        var parties = verdict.Owner == Goal.SharedOwner ? agreement.Parties.Select(p => p.Id) : [verdict.Owner];
        return parties.Select(party => new Strike(
            verdict.GoalId, verdict.Period, party, agreement.Contacts.Where(c => c.Party == party).Select(c => c.Name).ToList())).ToList();
    }
}
