namespace Pactum.Domain.Assignment;

/// <summary>How a hand-off picks the rep who owns the lead (SPEC L5), written <c>round-robin</c>, <c>weighted-round-robin</c>, <c>capacity</c>.</summary>
public enum AssignmentMethod
{
    /// <summary>Each available rep in turn; reps away are skipped, reps added or back join the turn without catching up.</summary>
    RoundRobin,

    /// <summary>In turn, each rep taking leads in proportion to their weight.</summary>
    WeightedRoundRobin,

    /// <summary>The rep with the fewest open leads against their capacity (SPEC G5); a full rep takes none while another has room.</summary>
    Capacity,
}
