using NodaTime;

namespace Pactum.Domain.Compliance;

/// <summary>
/// What one local day contributes to a goal (SPEC P1): <see cref="Total"/> (leads, or the minutes of the leads measured)
/// and <see cref="Count"/> (how many things were measured, for an average goal; ignored for a total).
/// </summary>
/// <param name="Day">The local day in the agreement's zone.</param>
/// <param name="Total">The day's total.</param>
/// <param name="Count">How many measurements the total adds up (an average goal divides by their sum).</param>
public sealed record DayFigure(LocalDate Day, decimal Total, long Count = 1);
