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
    AgreementCatalog catalog, VerdictStore verdicts, SqliteDatabase database, ReportStore reports, ServiceEventStore events, NodaTime.IClock clock)
{
    /// <summary>Evaluates agreement <paramref name="agreementId"/> now; null when it does not exist.</summary>
    public EvaluationOutcome? Evaluate(string agreementId) =>
        catalog.Find(agreementId) is { } loaded
            ? verdicts.Record(loaded.Agreement, loaded.Stored.Version, Judge(loaded), clock.GetCurrentInstant())
            : null;

    /// <summary>Evaluates every agreement now (the background loop calls this); how many verdicts became final.</summary>
    public int EvaluateAll() => catalog.LatestParsed().Sum(loaded => verdicts.Record(loaded.Agreement, loaded.Stored.Version, Judge(loaded), clock.GetCurrentInstant()).Finished.Count);

    /// <summary>Replays agreement <paramref name="agreementId"/>'s verdicts from the events (asked by <paramref name="by"/>); null when it does not exist.</summary>
    public EvaluationOutcome? Replay(string agreementId, string by) =>
        catalog.Find(agreementId) is { } loaded
            ? verdicts.Replay(loaded.Agreement, loaded.Stored.Version, Judge(loaded), by, clock.GetCurrentInstant())
            : null;

    /// <summary>The verdicts <paramref name="loaded"/> gets now, without storing them.</summary>
    public IReadOnlyList<GoalVerdict> Judge(LoadedAgreement loaded) =>
        AgreementEvaluation.Evaluate(loaded.Agreement, new StoredGoalFigures(database, reports, events, loaded.Agreement), clock.GetCurrentInstant());
}
