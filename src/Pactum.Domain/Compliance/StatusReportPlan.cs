using NodaTime;
using Pactum.Domain.Agreements;

namespace Pactum.Domain.Compliance;

/// <summary>
/// The status reports an agreement names (SPEC R8): each requirement with a cadence whose words name a report (e.g.
/// four weekly pipeline status reports a month from sales to marketing; a monthly customer-friction report from sales
/// to service). Each calendar period of the cadence is split into as many slices of whole days as it asks for (a month
/// of four reports: days 1–7, 8–14, 15–21, 22–end), and a slice's report is due once the slice is over.
/// </summary>
public static class StatusReportPlan
{
    /// <summary>The reports of <paramref name="agreement"/> due by <paramref name="today"/> (slices that ended before it), in time order.</summary>
    public static IReadOnlyList<DueStatusReport> Due(Agreement agreement, LocalDate today)
    {
        var due = new List<DueStatusReport>();
        foreach (var requirement in agreement.Requirements.Where(r => r.Cadence is not null && r.What.Contains("report", StringComparison.OrdinalIgnoreCase)))
        {
            var cadence = requirement.Cadence!;
            foreach (var (from, to) in GoalPeriods.Until(cadence.Per, agreement.Term, today))
            {
                var days = Period.DaysBetween(from, to) + 1;
                for (var i = 0; i < cadence.Count; i++)
                {
                    var slice = new PeriodKey(from.PlusDays(i * days / cadence.Count), from.PlusDays(((i + 1) * days / cadence.Count) - 1));
                    if (slice.To >= slice.From && slice.To < today)
                    {
                        due.Add(new DueStatusReport(requirement, slice, KindOf(requirement)));
                    }
                }
            }
        }

        return due.OrderBy(d => d.Period.To).ThenBy(d => d.Requirement.Id, StringComparer.Ordinal).ToList();
    }

    private static StatusReportKind KindOf(Requirement requirement) =>
        requirement.What.Contains("friction", StringComparison.OrdinalIgnoreCase) || (requirement.Id?.Contains("friction", StringComparison.Ordinal) ?? false)
            ? StatusReportKind.CustomerFriction
            : StatusReportKind.Pipeline;
}

/// <summary>A status report due: the requirement that asks for it, the days it covers, and what it reports.</summary>
public sealed record DueStatusReport(Requirement Requirement, PeriodKey Period, StatusReportKind Kind)
{
    /// <summary>The report's title, e.g. "Weekly pipeline status report, 2026-11-01 – 2026-11-07".</summary>
    public string Title => $"{Requirement.What}, {Period.From:uuuu-MM-dd} – {Period.To:uuuu-MM-dd}";
}

/// <summary>What a status report is built from.</summary>
public enum StatusReportKind
{
    /// <summary>The leads handed off in the period and where each stands (the pipeline).</summary>
    Pipeline,
    /// <summary>The friction notes sales recorded on customer conversations, by category.</summary>
    CustomerFriction,
}
