namespace Pactum.Domain.Assignment;

/// <summary>
/// The rep a lead goes to, and why in plain words (e.g. <c>round-robin: next in turn</c>, <c>capacity: fewest open
/// leads for capacity — 3 of 40</c>); no rep when nobody can take it. A caller with a reason of its own puts it first
/// with <see cref="Because"/>.
/// </summary>
/// <param name="RepId">The rep picked, or null when nobody can take the lead.</param>
/// <param name="Reason">Why, in plain words.</param>
/// <param name="Turn">The picked rep's new place in the turn, to keep in place of theirs; null when nobody was picked.</param>
public sealed record RepChoice(string? RepId, string Reason, RepTurn? Turn)
{
    /// <summary>The team's virtual time after this pick (the picked lead's start), or null when nobody was picked.</summary>
    public decimal? VirtualTime => Turn?.Start;

    /// <summary>This choice with <paramref name="cause"/> before its reason, e.g. <c>reassigned: first touch missed by Maya Chen; round-robin: next in turn</c>.</summary>
    public RepChoice Because(string cause) => this with { Reason = $"{cause}; {Reason}" };

    /// <summary>No rep, for <paramref name="reason"/>.</summary>
    public static RepChoice Nobody(string reason) => new(null, reason, null);
}
