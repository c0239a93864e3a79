using Pactum.Domain.Scoring;

namespace Pactum.Domain.Assignment;

/// <summary>
/// Assignment rules in plain words, one line each, for the agreement page (SPEC L5): the method, the default
/// capacity and reassignment on a missed first touch.
/// </summary>
public static class AssignmentText
{
    /// <summary>The method, then the capacity and reassignment when written.</summary>
    public static IReadOnlyList<string> Lines(AssignmentRules rules)
    {
        var lines = new List<string> { Method(rules.Method) };
        if (rules.Capacity is { } capacity)
        {
            lines.Add($"A rep holds at most {RuleWords.Count(capacity, "open lead")} unless the team page gives them another capacity");
        }

        if (rules.ReassignOnFirstTouchBreach)
        {
            lines.Add("A lead whose first touch is late goes to the next rep, once per hand-off");
        }

        return lines;
    }

    private static string Method(AssignmentMethod method) => method switch
    {
        AssignmentMethod.RoundRobin => "Round-robin: each available rep in turn; reps who are away are skipped, and reps who join or come back take their turn without catching up",
        AssignmentMethod.WeightedRoundRobin => "Weighted round-robin: reps take leads in turn, each in proportion to their weight",
        _ => "By capacity: the rep with the fewest open leads for their capacity; a full rep takes none while another has room",
    };
}
