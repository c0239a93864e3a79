using Pactum.Domain.Compliance;
using Pactum.Server.Features.Agreements;
using Pactum.Storage.Compliance;
using Pactum.Storage.Database;
using Pactum.Storage.Reports;

namespace Pactum.Server.Features.Compliance;

/// <summary>
/// Judges agreements (SPEC P1–P3): evaluates the version in effect against the stored events and records the verdicts
/// with their strikes, flags and notices; replays them on request after a correction.
/// </summary>
public sealed class ComplianceService(
    AgreementCatalog catalog, VerdictStore verdicts, ConsequenceStore consequences, SqliteDatabase database, ReportStore reports, ServiceEventStore events,
    NodaTime.IClock clock)
{
    /// <summary>Evaluates agreement <paramref name="agreementId"/> now; null when it does not exist.</summary>
    public EvaluationOutcome? Evaluate(string agreementId) => catalog.Find(agreementId) is { } loaded ? Evaluate(loaded) : null;

    /// <summary>Evaluates every agreement now (the background loop calls this); how many verdicts became final.</summary>
    public int EvaluateAll() => catalog.LatestParsed().Sum(loaded => Evaluate(loaded).Finished.Count);

    /// <summary>Replays agreement <paramref name="agreementId"/>'s verdicts from the events (asked by <paramref name="by"/>); null when it does not exist.</summary>
    public EvaluationOutcome? Replay(string agreementId, string by) =>
        catalog.Find(agreementId) is { } loaded
            ? verdicts.Replay(loaded.Agreement, loaded.Stored.Version, Judge(loaded, settled: null), by, clock.GetCurrentInstant())
            : null;

    /// <summary>
    /// The verdicts <paramref name="loaded"/> gets now, without storing them: the recorded finished ones as stored, the
    /// others judged from the events.
    /// </summary>
    public IReadOnlyList<GoalVerdict> Current(LoadedAgreement loaded)
    {
        var finished = verdicts.Verdicts(loaded.Agreement.Id).Select(v => v.Verdict).Where(v => v.IsFinal).ToList();
        var settled = finished.Select(v => (v.GoalId, v.Period)).ToHashSet();
        return finished.Concat(Judge(loaded, (goal, period) => settled.Contains((goal, period)))).ToList();
    }

    /// <summary>Where <paramref name="loaded"/> stands now; an agreement never evaluated is evaluated first, rather than at the next round of the background loop.</summary>
    public ComplianceView View(LoadedAgreement loaded)
    {
        if (verdicts.Verdicts(loaded.Agreement.Id).Count == 0)
        {
            Evaluate(loaded);
        }

        return ComplianceView.Of(loaded, verdicts, consequences, events, clock.GetCurrentInstant());
    }

    // Only the periods not yet recorded as finished are judged: the background loop runs every few minutes, and a finished
    // period's figures change only through a replay.
    private EvaluationOutcome Evaluate(LoadedAgreement loaded)
    {
        var settled = verdicts.Verdicts(loaded.Agreement.Id).Where(v => v.Verdict.IsFinal).Select(v => (v.Verdict.GoalId, v.Verdict.Period)).ToHashSet();
        var judged = Judge(loaded, (goal, period) => settled.Contains((goal, period)));
        return verdicts.Record(loaded.Agreement, loaded.Stored.Version, judged, clock.GetCurrentInstant());
    }

    private IReadOnlyList<GoalVerdict> Judge(LoadedAgreement loaded, Func<string, PeriodKey, bool>? settled) =>
        AgreementEvaluation.Evaluate(loaded.Agreement, new StoredGoalFigures(database, reports, events, loaded.Agreement), clock.GetCurrentInstant(), settled);
}
