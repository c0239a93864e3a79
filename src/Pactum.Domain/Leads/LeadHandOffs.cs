using System.Collections;
using NodaTime;

namespace Pactum.Domain.Leads;

/// <summary>One hand-off of a lead to sales and the first <c>attempt</c> at or after it (null while there is none).</summary>
/// <param name="At">When the lead was handed off.</param>
/// <param name="FirstAttempt">The first attempt at or after <paramref name="At"/>; a later hand-off may share it.</param>
public readonly record struct LeadHandOff(Instant At, Instant? FirstAttempt);

/// <summary>
/// Every hand-off of a lead, in the order of its events (a recycled lead handed off again has several), compared by
/// value. Reports count a lead in each month it was handed off in, from its first hand-off in that month
/// (<see cref="FirstInMonths"/>, SPEC I5).
/// </summary>
public sealed class LeadHandOffs : IReadOnlyList<LeadHandOff>, IEquatable<LeadHandOffs>
{
    private readonly LeadHandOff[] _handOffs;

    /// <summary>The hand-offs given, which must be in time order.</summary>
    public LeadHandOffs(IEnumerable<LeadHandOff> handOffs)
    {
        _handOffs = handOffs.ToArray();
        for (var i = 1; i < _handOffs.Length; i++)
        {
            if (_handOffs[i].At < _handOffs[i - 1].At)
            {
                throw new ArgumentException("Hand-offs must be in time order.", nameof(handOffs));
            }
        }
    }

    /// <summary>A lead never handed off.</summary>
    public static LeadHandOffs None { get; } = new([]);

    /// <inheritdoc/>
    public int Count => _handOffs.Length;

    /// <inheritdoc/>
    public LeadHandOff this[int index] => _handOffs[index];

    /// <summary>
    /// The hand-offs that are the first of their local month in <paramref name="zone"/>: the one each month's reports
    /// count the lead by (its day in the waterfall, the start of its follow-up speed).
    /// </summary>
    public IEnumerable<LeadHandOff> FirstInMonths(DateTimeZone zone)
    {
        YearMonth? previous = null;
        foreach (var handOff in _handOffs)
        {
            var month = handOff.At.InZone(zone).Date.ToYearMonth();
            if (month != previous)
            {
                yield return handOff;
            }

            previous = month;
        }
    }

    /// <inheritdoc/>
    public IEnumerator<LeadHandOff> GetEnumerator() => ((IEnumerable<LeadHandOff>)_handOffs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(LeadHandOffs? other) => other is not null && _handOffs.AsSpan().SequenceEqual(other._handOffs);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LeadHandOffs);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var handOff in _handOffs)
        {
            hash.Add(handOff);
        }

        return hash.ToHashCode();
    }
}
