namespace Pactum.Domain.Calculator;

/// <summary>The marketing goal (SPEC G1) for one period of a breakdown (SPEC G2).</summary>
/// <param name="Period">The period the goal is for.</param>
/// <param name="Goal">The goal, computed from the quota scaled to <paramref name="Period"/>.</param>
public sealed record PeriodGoal(GoalPeriod Period, LeadGoal Goal);
