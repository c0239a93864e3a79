using Pactum.Domain.Agreements;

namespace Pactum.Domain.Compliance;

/// <summary>A cancellation condition that holds (SPEC P3), with the missed verdicts that make it hold.</summary>
/// <param name="Condition">The agreement's condition.</param>
/// <param name="Evidence">The missed verdicts it counts, in period order.</param>
public sealed record CancellationFinding(CancellationCondition Condition, IReadOnlyList<GoalVerdict> Evidence)
{
    /// <summary>The finding in words: the condition and the goals and periods behind it.</summary>
    public string Describe() =>
        $"{Condition.Describe()}: {string.Join(", ", Evidence.Select(v => $"{v.GoalId} {v.From:yyyy-MM-dd}–{v.To:yyyy-MM-dd}"))}";
}
