using NodaTime;
using static Pactum.Domain.Calculator.FormulaText;

namespace Pactum.Domain.Assignment;

/// <summary>
/// Picks the rep a handed-off lead goes to (SPEC L5, G5), from the team as it stands: each rep with their place in the
/// turn (<see cref="RepTurn"/>) and their open leads. Only reps available today (active, not away) are picked.
/// </summary>
/// <remarks>
/// <para>Round-robin and weighted round-robin are start-time fair queuing: the rep whose next lead starts first in
/// virtual time is next, and a lead moves the rep's finish on by 1 ÷ weight (1 for plain round-robin). Over any run of
/// leads in which the available reps do not change, each rep's count stays close to their share (leads × weight ÷
/// total weight; within one lead under plain round-robin), and a rep who joins (added, back from away) starts at the turn's current virtual time: no burst of
/// catch-up leads, no wait. Under plain round-robin no rep takes two leads in a row while another is available.</para>
/// <para>Capacity: among the reps with room (open leads below their capacity, or no capacity at all) the lowest open ÷
/// capacity wins, an unlimited rep counting 0; ties go to the turn. A full rep takes no lead while another has room;
/// when every rep is full, the lowest ratio takes it over capacity, and the reason says so. The turn moves on as for
/// round-robin, so ties rotate.</para>
/// <para>The rep excluded (the current owner, on a reassignment) is never picked; when they are the only rep available,
/// nobody is.</para>
/// </remarks>
public static class RepPicker
{
    /// <summary>
    /// The rep the next lead goes to under <paramref name="method"/>, with the reason and the picked rep's new turn
    /// (which the caller keeps for that rep); no rep when nobody available (other than <paramref name="exclude"/>) can
    /// take it. <paramref name="defaultCapacity"/> is the agreement's capacity for reps without their own (null: no
    /// limit). A team with two reps of one ID, a weight not above 0, or a negative capacity or open count is a bug:
    /// throws <see cref="ArgumentException"/>.
    /// </summary>
    public static RepChoice Pick(AssignmentMethod method, IReadOnlyList<RepStanding> team, int? defaultCapacity, LocalDate today, string? exclude)
    {
        Validate(team, defaultCapacity);
        var available = team.Where(s => s.Rep.IsAvailableOn(today)).ToList();
        var candidates = available.Where(s => !string.Equals(s.Rep.Id, exclude, StringComparison.Ordinal)).ToList();
        if (candidates.Count == 0)
        {
            return RepChoice.Nobody(available.Count == 0
                ? "nobody available: every rep is away or off the team"
                : $"nobody else available: {exclude} is the only rep available");
        }

        var virtualTime = team.Max(s => s.Turn.Start);
        var inTurn = candidates
            .OrderBy(s => NextStart(s, virtualTime))
            .ThenBy(s => s.Turn.Sequence)
            .ThenBy(s => s.Rep.Order)
            .ThenBy(s => s.Rep.Id, StringComparer.Ordinal)
            .ToList();
        var (picked, rule) = method == AssignmentMethod.Capacity
            ? ByCapacity(inTurn, defaultCapacity)
            : (inTurn[0], method == AssignmentMethod.WeightedRoundRobin ? "weighted round-robin: next in turn" : "round-robin: next in turn");

        var weight = method == AssignmentMethod.WeightedRoundRobin ? picked.Rep.Weight : 1m;
        var start = NextStart(picked, virtualTime);
        var turn = new RepTurn(start, start + (1m / weight), team.Max(s => s.Turn.Sequence) + 1, today);
        var notes = Notes(method, picked, team, virtualTime, today);
        return new RepChoice(picked.Rep.Id, notes.Count == 0 ? rule : $"{rule} ({string.Join("; ", notes)})", turn);
    }

    /// <summary>The virtual time at which the rep's next lead starts: their finish, or the turn's virtual time if later.</summary>
    private static decimal NextStart(RepStanding standing, decimal virtualTime) => Math.Max(standing.Turn.Finish, virtualTime);

    private static (RepStanding Picked, string Rule) ByCapacity(List<RepStanding> inTurn, int? defaultCapacity)
    {
        // The first of the lowest ratios, so the turn breaks ties. A rep with room is below 1 and a full one at 1 or
        // above, so a full rep is picked only when every rep is full.
        var picked = inTurn.MinBy(s => Load(s, defaultCapacity))!;
        var capacity = CapacityOf(picked, defaultCapacity);
        var load = capacity is { } c ? $"{picked.OpenLeads} of {c}" : $"{picked.OpenLeads}, no limit";
        return (picked, capacity is null || picked.OpenLeads < capacity
            ? $"capacity: fewest open leads for capacity — {load}"
            : $"over capacity: every available rep is full — {load}");
    }

    private static int? CapacityOf(RepStanding standing, int? defaultCapacity) => standing.Rep.Capacity ?? defaultCapacity;

    /// <summary>Open leads ÷ capacity: 0 without a limit, the most there is for a capacity of 0.</summary>
    private static decimal Load(RepStanding standing, int? defaultCapacity) => CapacityOf(standing, defaultCapacity) switch
    {
        null => 0m,
        0 => decimal.MaxValue,
        var capacity => (decimal)standing.OpenLeads / capacity.Value,
    };

    private static List<string> Notes(AssignmentMethod method, RepStanding picked, IReadOnlyList<RepStanding> team, decimal virtualTime, LocalDate today)
    {
        var notes = new List<string>();
        if (method == AssignmentMethod.WeightedRoundRobin)
        {
            notes.Add($"weight {N(picked.Rep.Weight)}");
        }

        if (picked.Rep.AwayUntil is { } back && picked.Turn.PickedOn < back)
        {
            notes.Add($"{picked.Rep.Id} was away until {back:uuuu-MM-dd}");
        }
        else if (picked.Turn.Sequence == 0 && virtualTime > 0m)
        {
            notes.Add($"{picked.Rep.Id} joins the turn");
        }

        notes.AddRange(team.Where(s => s.Rep.IsAwayOn(today)).OrderBy(s => s.Rep.Order).Select(s => $"{s.Rep.Id} is away until {s.Rep.AwayUntil:uuuu-MM-dd}"));
        return notes;
    }

    private static void Validate(IReadOnlyList<RepStanding> team, int? defaultCapacity)
    {
        if (defaultCapacity < 0)
        {
            throw new ArgumentException($"The default capacity cannot be negative (got {defaultCapacity}).", nameof(defaultCapacity));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rep, _, open) in team)
        {
            var problem = !ids.Add(rep.Id) ? "is on the team twice"
                : rep.Weight <= 0m ? $"has a weight of {N(rep.Weight)}; a weight must be greater than 0"
                : rep.Capacity < 0 ? $"has a capacity of {rep.Capacity}; a capacity cannot be negative"
                : open < 0 ? $"has {open} open leads; a count cannot be negative"
                : null;
            if (problem is not null)
            {
                throw new ArgumentException($"Rep {rep.Id} {problem}.", nameof(team));
            }
        }
    }
}
