using Dapper;
using NodaTime;
using Pactum.Domain.Compliance;
using Pactum.Storage.Database;

namespace Pactum.Storage.Compliance;

/// <summary>Reads the consequences of verdicts (SPEC P2, P3): strikes, flags and replays; keeps remediation notes.</summary>
public sealed class ConsequenceStore(SqliteDatabase database, IClock clock)
{
    /// <summary>The strikes of <paramref name="agreementId"/>, by period and party.</summary>
    public IReadOnlyList<StoredStrike> Strikes(string agreementId)
    {
        using var connection = database.Connect();
        return connection.Query<(string Goal, string From, string To, string Party, string Contacts, long Version, long Ticks)>(
                "SELECT goal_id, period_from, period_to, party, contacts, agreement_version, recorded_ticks FROM strikes WHERE agreement_id = @agreementId ORDER BY period_from, goal_id, party",
                new { agreementId })
            .Select(s => new StoredStrike(
                agreementId,
                new Strike(s.Goal, new PeriodKey(VerdictRows.ParseDay(s.From), VerdictRows.ParseDay(s.To)), s.Party, s.Contacts.Length == 0 ? [] : s.Contacts.Split(',')),
                (int)s.Version, Instant.FromUnixTimeTicks(s.Ticks)))
            .ToList();
    }

    /// <summary>The times <paramref name="agreementId"/> was flagged for renegotiation, newest first.</summary>
    public IReadOnlyList<AgreementFlag> Flags(string agreementId)
    {
        using var connection = database.Connect();
        return connection.Query<(long Id, string Condition, string Evidence, long Version, long Ticks)>(
                "SELECT id, condition, evidence, agreement_version, raised_ticks FROM agreement_flags WHERE agreement_id = @agreementId ORDER BY id DESC", new { agreementId })
            .Select(f => new AgreementFlag(f.Id, agreementId, f.Condition, f.Evidence, (int)f.Version, Instant.FromUnixTimeTicks(f.Ticks)))
            .ToList();
    }

    /// <summary>The replays of <paramref name="agreementId"/>'s verdicts, newest first.</summary>
    public IReadOnlyList<VerdictReplay> Replays(string agreementId)
    {
        using var connection = database.Connect();
        return connection.Query<(long Id, long Version, long Ticks, string By, string Changes)>(
                "SELECT id, agreement_version, replayed_ticks, replayed_by, changes FROM verdict_replays WHERE agreement_id = @agreementId ORDER BY id DESC", new { agreementId })
            .Select(r => new VerdictReplay(r.Id, agreementId, (int)r.Version, Instant.FromUnixTimeTicks(r.Ticks), r.By, r.Changes.Length == 0 ? [] : r.Changes.Split('\n')))
            .ToList();
    }

    /// <summary>The remediation notes of <paramref name="agreementId"/>, by period, then as written.</summary>
    public IReadOnlyList<Remediation> Remediations(string agreementId)
    {
        using var connection = database.Connect();
        return connection.Query<(long Id, string Goal, string From, string DiagnosedBy, string Action, string Due, string By, long Ticks)>(
                "SELECT id, goal_id, period_from, diagnosed_by, action, due, recorded_by, recorded_ticks FROM remediations WHERE agreement_id = @agreementId ORDER BY period_from, id",
                new { agreementId })
            .Select(r => new Remediation(r.Id, agreementId, r.Goal, VerdictRows.ParseDay(r.From), r.DiagnosedBy, r.Action, VerdictRows.ParseDay(r.Due), r.By, Instant.FromUnixTimeTicks(r.Ticks)))
            .ToList();
    }

    /// <summary>Adds a remediation note for <paramref name="goalId"/>'s period starting <paramref name="periodFrom"/>; returns it.</summary>
    public Remediation AddRemediation(string agreementId, string goalId, LocalDate periodFrom, string diagnosedBy, string action, LocalDate due, string recordedBy)
    {
        var now = clock.GetCurrentInstant();
        using var connection = database.Connect();
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO remediations (agreement_id, goal_id, period_from, diagnosed_by, action, due, recorded_by, recorded_ticks)
            VALUES (@agreementId, @goalId, @from, @diagnosedBy, @action, @due, @recordedBy, @now) RETURNING id
            """,
            new { agreementId, goalId, from = VerdictRows.Day(periodFrom), diagnosedBy, action, due = VerdictRows.Day(due), recordedBy, now = now.ToUnixTimeTicks() });
        return new Remediation(id, agreementId, goalId, periodFrom, diagnosedBy, action, due, recordedBy, now);
    }
}
