using NodaTime;
using Pactum.Domain.Assignment;
using Pactum.Storage.Routing;

namespace Pactum.Server.Features.Routing;

/// <summary>
/// Picks the owner of a lead for the plan's assignment method (SPEC L5, G5) from the team page's reps and their open
/// leads, and keeps the picked rep's new place in the turn. Used inside <see cref="LeadRouter"/>'s lock.
/// </summary>
public sealed class RepAssigner(RepStore reps, RoutingQueries queries)
{
    /// <summary>
    /// The rep for a lead under <paramref name="rules"/> on <paramref name="today"/>, never <paramref name="exclude"/>
    /// while another rep is available; the pick is kept. Nobody when the team page has no available rep.
    /// </summary>
    public RepChoice Assign(AssignmentRules rules, LocalDate today, string? exclude = null)
    {
        var open = queries.OpenLeadsByOwner();
        var team = reps.All().Select(r => new RepStanding(r.Rep, r.Turn, open.GetValueOrDefault(r.Rep.Id))).ToList();
        if (team.Count == 0)
        {
            return RepChoice.Nobody("no reps on the team page yet: the lead waits for an owner");
        }

        var choice = RepPicker.Pick(rules.Method, team, rules.Capacity, today, exclude);
        if (choice is { RepId: { } repId, Turn: { } turn })
        {
            reps.SaveTurn(repId, turn);
        }

        return choice;
    }
}
