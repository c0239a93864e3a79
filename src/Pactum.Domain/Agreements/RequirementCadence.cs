namespace Pactum.Domain.Agreements;

/// <summary>
/// How often a requirement is delivered: <see cref="Count"/> times in every <see cref="Per"/> period, e.g. four weekly
/// pipeline status reports a month is (4, month). Files write it as a word (<c>daily</c>, <c>weekly</c>,
/// <c>monthly</c>, <c>quarterly</c>, <c>yearly</c>: once per that period) or as <c>{ count: 4, per: month }</c>.
/// </summary>
/// <param name="Count">How many deliveries per period, at least 1.</param>
/// <param name="Per">The period.</param>
public sealed record RequirementCadence(int Count, EvaluationPeriod Per)
{
    /// <summary>The words for once per period, in the order of <see cref="EvaluationPeriod"/>.</summary>
    internal static readonly TextChoices<EvaluationPeriod> Words = new(
        "cadence", ("daily", EvaluationPeriod.Day), ("weekly", EvaluationPeriod.Week), ("monthly", EvaluationPeriod.Month), ("quarterly", EvaluationPeriod.Quarter), ("yearly", EvaluationPeriod.Year));

    /// <summary>The cadence in words: <c>weekly</c> for once a week, otherwise e.g. <c>4 a month</c>.</summary>
    public override string ToString() => Count == 1 ? Words.TextOf(Per) : $"{Count} a {Per.ToFileText()}";
}
