namespace Pactum.Domain.Assignment;

/// <summary>A rep as the picker sees them: who they are, their place in the turn and the open leads they own now.</summary>
/// <param name="Rep">The rep.</param>
/// <param name="Turn">Their place in the turn, as the latest <see cref="RepChoice.Turn"/> that picked them left it (<see cref="RepTurn.None"/> before any).</param>
/// <param name="OpenLeads">The leads they own that are still being worked (0 or more).</param>
public sealed record RepStanding(SalesRep Rep, RepTurn Turn, int OpenLeads);
