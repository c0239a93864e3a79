using NodaTime;

namespace Pactum.Domain.Assignment;

/// <summary>
/// A rep's place in the turn (start-time fair queuing), which the caller keeps per rep and replaces with
/// <see cref="RepChoice.Turn"/> for the rep picked: <see cref="Start"/> is the virtual time at which the rep's latest
/// lead started, <see cref="Finish"/> the virtual time up to which the rep has had their share (start + 1 ÷ weight),
/// <see cref="Sequence"/> the number of the pick that gave it (1, 2, …, over the whole team), <see cref="PickedOn"/> its
/// local date.
/// </summary>
/// <remarks>
/// The team's virtual time is the <see cref="Start"/> of the latest pick (the greatest on the team, removed reps
/// included). A rep's next lead starts at the later of their <see cref="Finish"/> and the virtual time, and the rep
/// whose next lead starts first is next in turn (ties: the rep picked longest ago, then the team page's order). A rep
/// added, back from away or long excluded starts at the virtual time: they join the turn where it is, with no burst
/// of leads to catch up and no wait.
/// </remarks>
/// <param name="Start">The virtual time at which the rep's latest lead started.</param>
/// <param name="Finish">The virtual time up to which the rep has had their share.</param>
/// <param name="Sequence">The number of the pick that gave the rep their latest lead; 0 before any.</param>
/// <param name="PickedOn">The local date of that pick, or null before any (it tells a rep's first lead since they came back).</param>
public sealed record RepTurn(decimal Start, decimal Finish, long Sequence, LocalDate? PickedOn)
{
    /// <summary>The turn of a rep who has had no lead yet.</summary>
    public static RepTurn None { get; } = new(0m, 0m, 0, null);
}
