namespace Pactum.Domain.Assignment;

/// <summary>How the agreement assigns handed-off leads (SPEC L5, G5): the method, the default capacity, and reassignment on a missed first touch.</summary>
public sealed record AssignmentRules
{
    /// <summary>How the owner is picked.</summary>
    public AssignmentMethod Method { get; init; } = AssignmentMethod.RoundRobin;

    /// <summary>The open leads a rep can hold when the team page gives them no capacity of their own, or null for no limit.</summary>
    public int? Capacity { get; init; }

    /// <summary>Whether a breach of a first-touch clock gives the lead to the next rep (once per hand-off).</summary>
    public bool ReassignOnFirstTouchBreach { get; init; }
}
