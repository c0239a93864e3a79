using NodaTime;

namespace Pactum.Domain.Calendars;

/// <summary>
/// An exclusion window (SPEC A6): the half-open span [From, To) during which clocks are paused whatever the weekly
/// hours say — bad weather, a staffing gap, an IT failure — with the reason recorded.
/// </summary>
/// <param name="From">When the window opens (inclusive).</param>
/// <param name="To">When it closes (exclusive); after <paramref name="From"/>.</param>
/// <param name="Reason">Why the clocks were paused.</param>
public sealed record Closure(Instant From, Instant To, string Reason);
