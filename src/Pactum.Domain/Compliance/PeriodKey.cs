using NodaTime;

namespace Pactum.Domain.Compliance;

/// <summary>A judged period: its first and last local day, both included, in the agreement's zone.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
public readonly record struct PeriodKey(LocalDate From, LocalDate To)
{
    /// <summary>The period as people read it: <c>2026-10</c> for a calendar month, else <c>2026-10-01 – 2026-12-31</c>.</summary>
    public override string ToString() =>
        From.Day == 1 && To == From.PlusMonths(1).PlusDays(-1) ? From.ToString("uuuu-MM", null) : $"{From:uuuu-MM-dd} – {To:uuuu-MM-dd}";
}
