namespace Pactum.Domain.Calculator;

/// <summary>
/// The marketing goal for one period, derived from the sales quota (SPEC G1), with the formula of each step.
/// </summary>
/// <param name="Inputs">What it was computed from.</param>
/// <param name="RevenueGoal">Quota × marketing share: the revenue marketing's leads must bring.</param>
/// <param name="CustomersNeeded">Revenue goal ÷ deal size, rounded up to a whole customer.</param>
/// <param name="LeadsNeeded">Customers needed ÷ close rate, rounded up to a whole lead.</param>
/// <param name="Steps">Each result with the formula that produced it, in order.</param>
public sealed record LeadGoal(LeadGoalInputs Inputs, decimal RevenueGoal, long CustomersNeeded, long LeadsNeeded, IReadOnlyList<CalculationStep> Steps);

/// <summary>One result of a calculation and how it was obtained, e.g. ("customersNeeded", "⌈5000 ÷ 100⌉", 50).</summary>
/// <param name="Name">The result's name (camelCase, as in JSON output).</param>
/// <param name="Formula">The formula with the numbers filled in.</param>
/// <param name="Value">The result.</param>
public sealed record CalculationStep(string Name, string Formula, decimal Value);
