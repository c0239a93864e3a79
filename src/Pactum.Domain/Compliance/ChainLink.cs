using Pactum.Domain.Agreements;

namespace Pactum.Domain.Compliance;

/// <summary>
/// One link of an agreement's chain (SPEC A1): a party, in chain order, with its goals and where each stands this
/// period and last period, and what it hands the next party (the requirements from it to the next one).
/// </summary>
/// <param name="Party">The party.</param>
/// <param name="Goals">The party's goals, each with the running period's verdict and the last finished one (either may be null).</param>
/// <param name="HandsOver">What the party delivers to the next party in the chain; empty for the last.</param>
/// <param name="Next">The next party, or null for the last.</param>
/// <param name="IsBreaking">True for the first link whose goals are missed or at risk: where the chain is breaking.</param>
public sealed record ChainLink(Party Party, IReadOnlyList<ChainGoal> Goals, IReadOnlyList<Requirement> HandsOver, Party? Next, bool IsBreaking)
{
    /// <summary>Whether any of the link's goals is at risk this period or was missed last period.</summary>
    public bool IsWeak => Goals.Any(g => g.Current?.State is VerdictState.AtRisk or VerdictState.Missed || g.Last?.State == VerdictState.Missed);

    /// <summary>The links of <paramref name="agreement"/> in party (chain) order, from <paramref name="verdicts"/> (any order); the first weak link is marked breaking.</summary>
    public static IReadOnlyList<ChainLink> Of(Agreement agreement, IReadOnlyList<GoalVerdict> verdicts)
    {
        var links = new List<ChainLink>();
        var broken = false;
        for (var i = 0; i < agreement.Parties.Count; i++)
        {
            var party = agreement.Parties[i];
            var next = i + 1 < agreement.Parties.Count ? agreement.Parties[i + 1] : null;
            var goals = agreement.GoalsOwnedBy(party.Id).Select(goal =>
            {
                var own = verdicts.Where(v => v.GoalId == goal.Id).OrderBy(v => v.From).ToList();
                return new ChainGoal(goal, own.LastOrDefault(v => !v.IsFinal), own.LastOrDefault(v => v.IsFinal));
            }).ToList();
            var handsOver = next is null ? [] : agreement.Requirements.Where(r => r.From == party.Id && r.To == next.Id).ToList();
            var link = new ChainLink(party, goals, handsOver, next, false);
            if (!broken && link.IsWeak)
            {
                link = link with { IsBreaking = true };
                broken = true;
            }

            links.Add(link);
        }

        return links;
    }
}

/// <summary>A goal in the chain with the verdict of the running period and of the last finished one (null when there is none or it is not judged).</summary>
public sealed record ChainGoal(Goal Goal, GoalVerdict? Current, GoalVerdict? Last);
