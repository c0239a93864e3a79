using NodaTime;
using Pactum.Domain.Assignment;
using Pactum.Storage.Routing;

namespace Pactum.Server.Features.Routing;

/// <summary>The team as the assignment page shows it (SPEC L5, G5): each rep's load against their capacity, and whether they are away today.</summary>
public sealed class TeamView(RepStore reps, RoutingQueries queries, RoutingPlans plans, IClock clock)
{
    /// <summary>The agreement's assignment rules in effect, or null.</summary>
    public AssignmentRules? Rules() => plans.Current()?.Agreement.Assignment;

    /// <summary>Every rep with their open leads, capacity (theirs, else the agreement's default) and whether they are away today.</summary>
    public IReadOnlyList<RepRow> Rows()
    {
        var plan = plans.Current();
        var today = clock.GetCurrentInstant().InZone(plan?.Agreement.Calendar?.Zone ?? DateTimeZone.Utc).Date;
        var capacity = plan?.Agreement.Assignment?.Capacity;
        var open = queries.OpenLeadsByOwner();
        return reps.All().Select(r => new RepRow(r.Rep, r.Turn, open.GetValueOrDefault(r.Rep.Id), r.Rep.Capacity ?? capacity, r.Rep.IsAwayOn(today))).ToList();
    }
}

/// <summary>A rep on the team with their open leads, the capacity in effect for them (null: no limit) and whether they are away today.</summary>
public sealed record RepRow(SalesRep Rep, RepTurn Turn, int OpenLeads, int? Capacity, bool Away);
