namespace Pactum.Domain.Agreements;

/// <summary>
/// A condition under which the agreement is flagged for renegotiation or cancellation (SPEC A2, P3). Files write one
/// of <c>{ goalsMissedInARow: 3 }</c> or <c>{ strikes: 3, within: quarter }</c>.
/// </summary>
public abstract record CancellationCondition
{
    /// <summary>The condition in words, e.g. "a goal missed 3 periods in a row".</summary>
    public abstract string Describe();
}

/// <summary>Holds when any goal is missed in each of the last <paramref name="Count"/> periods of that goal.</summary>
/// <param name="Count">How many consecutive missed periods, at least 1.</param>
public sealed record GoalsMissedInARow(int Count) : CancellationCondition
{
    /// <inheritdoc />
    public override string Describe() => $"a goal missed {Count} {(Count == 1 ? "period" : "periods")} in a row";
}

/// <summary>
/// Holds when <paramref name="Count"/> strikes are recorded within one calendar <paramref name="Within"/> period
/// (or within the whole term when it is null).
/// </summary>
/// <param name="Count">How many strikes, at least 1.</param>
/// <param name="Within">The calendar period they must fall in, or null for the whole term.</param>
public sealed record StrikesWithin(int Count, EvaluationPeriod? Within) : CancellationCondition
{
    /// <inheritdoc />
    public override string Describe() =>
        $"{Count} {(Count == 1 ? "strike" : "strikes")} {(Within is { } period ? $"within a {period.ToFileText()}" : "within the term")}";
}
