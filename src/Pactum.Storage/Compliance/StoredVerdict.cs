using NodaTime;
using Pactum.Domain.Compliance;

namespace Pactum.Storage.Compliance;

/// <summary>A stored verdict (SPEC P1): the verdict, the agreement version and calendar zone it was judged under, and when.</summary>
public sealed record StoredVerdict(string AgreementId, GoalVerdict Verdict, int AgreementVersion, string CalendarZone, Instant EvaluatedAt);

/// <summary>A stored strike (SPEC P2), with the agreement version whose verdict gave it.</summary>
public sealed record StoredStrike(string AgreementId, Strike Strike, int AgreementVersion, Instant RecordedAt);

/// <summary>A remediation note (SPEC P2): for a missed goal and period, who diagnoses, what is done, by when; who wrote it when.</summary>
public sealed record Remediation(long Id, string AgreementId, string GoalId, LocalDate PeriodFrom, string DiagnosedBy, string Action, LocalDate Due, string RecordedBy, Instant RecordedAt);

/// <summary>The agreement flagged for renegotiation (SPEC P3): the condition that started to hold, its evidence in words, the version and when.</summary>
public sealed record AgreementFlag(long Id, string AgreementId, string Condition, string Evidence, int AgreementVersion, Instant RaisedAt);

/// <summary>A replay of an agreement's verdicts (SPEC P1): who asked when, under which version, and each verdict it changed, in words.</summary>
public sealed record VerdictReplay(long Id, string AgreementId, int AgreementVersion, Instant ReplayedAt, string ReplayedBy, IReadOnlyList<string> Changes);

/// <summary>What recording an evaluation did: verdicts that became final, strikes given, conditions newly holding, notices written.</summary>
public sealed record EvaluationOutcome(IReadOnlyList<GoalVerdict> Finished, IReadOnlyList<Strike> Strikes, IReadOnlyList<CancellationFinding> Flags, int Notices)
{
    /// <summary>The outcome of a replay besides: the verdicts it changed.</summary>
    public IReadOnlyList<VerdictChange> Changes { get; init; } = [];
}
