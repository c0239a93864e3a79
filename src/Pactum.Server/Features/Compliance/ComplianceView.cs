using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Calculator;
using Pactum.Domain.Compliance;
using Pactum.Server.Features.Agreements;
using Pactum.Storage.Compliance;

namespace Pactum.Server.Features.Compliance;

/// <summary>
/// Where an agreement stands (SPEC P1–P3, G6): each goal's verdicts (the running period on track or at risk, finished
/// ones met or missed, with the version and zone they were judged under), strikes, remediation notes, renegotiation
/// flags, replays, and for availability goals this month's downtime allowed and left and the credit due.
/// </summary>
public sealed record ComplianceView(
    LoadedAgreement Loaded, IReadOnlyList<VerdictRow> Verdicts, IReadOnlyList<StoredStrike> Strikes, IReadOnlyList<Remediation> Remediations,
    IReadOnlyList<AgreementFlag> Flags, IReadOnlyList<VerdictReplay> Replays, IReadOnlyList<AvailabilityMonth> Availability, IReadOnlyList<DeliveryEvent> Deliveries)
{
    /// <summary>The view of <paramref name="loaded"/> now.</summary>
    public static ComplianceView Of(LoadedAgreement loaded, VerdictStore verdicts, ConsequenceStore consequences, ServiceEventStore events, Instant now)
    {
        var agreement = loaded.Agreement;
        var zone = agreement.Calendar?.Zone ?? DateTimeZone.Utc;
        var month = now.InZone(zone).Date.ToYearMonth();
        var monthStart = month.OnDayOfMonth(1).AtStartOfDayInZone(zone).ToInstant();
        var monthEnd = month.PlusMonths(1).OnDayOfMonth(1).AtStartOfDayInZone(zone).ToInstant();
        var order = agreement.Goals.Select((g, i) => (g.Id, i)).ToDictionary(g => g.Id, g => g.i);
        var rows = verdicts.Verdicts(agreement.Id)
            .Where(v => order.ContainsKey(v.Verdict.GoalId))
            .Select(v => VerdictRow.Of(agreement, v))
            .OrderBy(r => order[r.GoalId]).ThenByDescending(r => r.From)
            .ToList();
        var outages = events.Outages(agreement.Id, monthStart, monthEnd).Select(o => o.ToOutage()).ToList();
        var availability = JudgedGoal.Of(agreement).Where(j => j.Metric == GoalMetric.Availability && j.Goal.Unit == "%")
            .Select(j => new AvailabilityMonth(j.Goal, month.ToString("uuuu-MM", null), CreditDue.Month(agreement, j.Goal, month, zone, outages)))
            .ToList();
        return new ComplianceView(
            loaded, rows, consequences.Strikes(agreement.Id), consequences.Remediations(agreement.Id), consequences.Flags(agreement.Id),
            consequences.Replays(agreement.Id), availability, events.Deliveries(agreement.Id, monthStart, monthEnd));
    }

    /// <summary>The goals of the agreement that Pactum cannot judge from events (no <c>measure</c>).</summary>
    public IReadOnlyList<Goal> NotJudged => Loaded.Agreement.Goals.Except(JudgedGoal.Of(Loaded.Agreement).Select(j => j.Goal)).ToList();
}

/// <summary>One verdict as pages and the API show it.</summary>
public sealed record VerdictRow(
    string GoalId, string GoalName, string Owner, string Period, LocalDate From, LocalDate To, string State, decimal Target, decimal? Actual, decimal? Forecast,
    string Unit, int AgreementVersion, string CalendarZone, Instant EvaluatedAt, IReadOnlyList<string> Exclusions, int ExcludedDays, string? Credit)
{
    /// <summary>The row of <paramref name="stored"/> under <paramref name="agreement"/>.</summary>
    public static VerdictRow Of(Agreement agreement, StoredVerdict stored)
    {
        var v = stored.Verdict;
        var goal = agreement.Goals.First(g => g.Id == v.GoalId);
        return new VerdictRow(
            v.GoalId, goal.Name, v.Owner, v.Period.ToString(), v.From, v.To, VerdictStates.ToText(v.State), v.Target, v.Actual, v.Forecast, goal.Unit,
            stored.AgreementVersion, stored.CalendarZone, stored.EvaluatedAt,
            v.Exclusions.Select(e => $"{e.Reason} ({InstantText(e.From)} – {InstantText(e.To)})").ToList(), v.ExcludedDays.Count,
            CreditDue.For(agreement, v)?.ToString());
    }

    /// <summary>Whether the period is over.</summary>
    public bool IsFinal => State is "met" or "missed";

    private static string InstantText(Instant instant) => NodaTime.Text.InstantPattern.General.Format(instant);
}

/// <summary>This month's availability of one goal: measured so far (time to come counts as up), downtime allowed and left, credit due.</summary>
public sealed record AvailabilityMonth(Goal Goal, string Month, ServiceCreditAssessment Assessment);
