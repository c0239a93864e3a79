using NodaTime;
using Pactum.Domain.Leads;

namespace Pactum.Domain.Reports;

/// <summary>
/// The daily aggregate of hand-offs (SPEC R1–R3) for one local day and one owner: the leads whose first hand-off of
/// their month (in the report's zone) fell on that day, how many of those hand-offs have a first attempt and the sum of
/// their wall-clock times to it, how many of the leads are not connected, their attempts, and how many of those were
/// worked (one attempt or more). The storage keeps these per day as leads change (<see cref="LeadFollowUp.Days"/>
/// gives a lead's share); <see cref="Sum"/> adds shares up the same way for zones and filters it does not keep.
/// </summary>
public sealed record HandOffDay(
    LocalDate Day, string Owner, long HandedOff, long Touched, Duration SpeedTotal, long Unconnected, long UnconnectedAttempts, long UnconnectedWorked)
{
    /// <summary>The owner of leads without one.</summary>
    public const string NoOwner = "";

    /// <summary>
    /// What one hand-off adds to its local day in <paramref name="zone"/>: a lead owned by <paramref name="owner"/> that
    /// sales has reached (<paramref name="connected"/>) or not, with <paramref name="attempts"/> attempts in all.
    /// </summary>
    public static HandOffDay Of(LeadHandOff handOff, string? owner, bool connected, int attempts, DateTimeZone zone) => new(
        handOff.At.InZone(zone).Date, owner ?? NoOwner, 1,
        handOff.FirstAttempt is null ? 0 : 1,
        handOff.FirstAttempt is { } first ? first - handOff.At : Duration.Zero,
        connected ? 0 : 1,
        connected ? 0 : attempts,
        !connected && attempts > 0 ? 1 : 0);

    /// <summary>A day and owner with nothing counted yet.</summary>
    public static HandOffDay Empty(LocalDate day, string owner) => new(day, owner, 0, 0, Duration.Zero, 0, 0, 0);

    /// <summary>Whether nothing is counted (the aggregate of a day whose leads all left it).</summary>
    public bool IsEmpty => HandedOff == 0 && Touched == 0 && SpeedTotal == Duration.Zero && Unconnected == 0 && UnconnectedAttempts == 0 && UnconnectedWorked == 0;

    /// <summary>This aggregate with <paramref name="other"/>'s counts added, times <paramref name="sign"/> (1 adds, −1 takes away).</summary>
    public HandOffDay Plus(HandOffDay other, int sign = 1) => this with
    {
        HandedOff = HandedOff + (sign * other.HandedOff),
        Touched = Touched + (sign * other.Touched),
        SpeedTotal = SpeedTotal + (sign * other.SpeedTotal),
        Unconnected = Unconnected + (sign * other.Unconnected),
        UnconnectedAttempts = UnconnectedAttempts + (sign * other.UnconnectedAttempts),
        UnconnectedWorked = UnconnectedWorked + (sign * other.UnconnectedWorked),
    };

    /// <summary><paramref name="shares"/> added up per day and owner, ordered by day, then owner (ordinal).</summary>
    public static IReadOnlyList<HandOffDay> Sum(IEnumerable<HandOffDay> shares) =>
        shares.GroupBy(d => (d.Day, d.Owner))
            .Select(g => g.Skip(1).Aggregate(g.First(), (sum, d) => sum.Plus(d)))
            .OrderBy(d => d.Day).ThenBy(d => d.Owner, StringComparer.Ordinal)
            .ToList();
}
