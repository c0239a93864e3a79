using NodaTime;

namespace Pactum.Domain.Compliance;

/// <summary>
/// Gives the daily figures of one judged goal over the local days [from, to] in the agreement's zone: the seam between
/// the pure evaluation and the stored events (storage implements it by reading its projections).
/// </summary>
public interface IGoalFigures
{
    /// <summary>The figures of <paramref name="goal"/> for the local days [<paramref name="from"/>, <paramref name="to"/>]; days without any may be absent.</summary>
    IEnumerable<DayFigure> Of(JudgedGoal goal, LocalDate from, LocalDate to);
}
