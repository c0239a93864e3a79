using System.Data;
using Dapper;
using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Compliance;
using Pactum.Domain.Notices;
using Pactum.Storage.Database;
using Pactum.Storage.Notices;

namespace Pactum.Storage.Compliance;

/// <summary>
/// Keeps period verdicts and their consequences (SPEC P1–P3). <see cref="Record"/> stores an evaluation: a running
/// period's verdict is replaced each time, a finished one is stored once; a verdict that becomes final gives its
/// strikes and its notice (a celebration or a miss), and the cancellation conditions are checked against the finished
/// verdicts before and after, so that a condition flags the agreement once, when it starts to hold. <see cref="Replay"/>
/// replaces every verdict with a fresh evaluation and records what changed.
/// </summary>
/// <remarks>Everything one call writes (verdicts, strikes, flags, notices) is written in one transaction.</remarks>
public sealed class VerdictStore(SqliteDatabase database)
{
    /// <summary>The stored verdicts of <paramref name="agreementId"/>, by goal and period.</summary>
    public IReadOnlyList<StoredVerdict> Verdicts(string agreementId)
    {
        using var connection = database.Connect();
        return VerdictRows.Read(connection, agreementId);
    }

    /// <summary>Stores the verdicts of an evaluation of version <paramref name="version"/> of <paramref name="agreement"/> at <paramref name="now"/>.</summary>
    public EvaluationOutcome Record(Agreement agreement, int version, IReadOnlyList<GoalVerdict> verdicts, Instant now)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        var stored = VerdictRows.Read(connection, agreement.Id, transaction).ToDictionary(s => (s.Verdict.GoalId, s.Verdict.Period));
        var zone = Zone(agreement);
        var finished = new List<GoalVerdict>();
        foreach (var verdict in verdicts)
        {
            if (stored.TryGetValue((verdict.GoalId, verdict.Period), out var old) && old.Verdict.IsFinal)
            {
                continue; // a finished period changes only by a replay
            }

            VerdictRows.Upsert(connection, transaction, agreement.Id, version, zone, verdict, now);
            if (verdict.IsFinal)
            {
                finished.Add(verdict);
            }
        }

        var before = stored.Values.Select(s => s.Verdict).Where(v => v.IsFinal).ToList();
        var outcome = Consequences(connection, transaction, agreement, version, before, finished, [], now);
        transaction.Commit();
        return outcome;
    }

    /// <summary>
    /// Replaces every stored verdict of <paramref name="agreement"/> with <paramref name="verdicts"/> (a fresh evaluation
    /// after a correction of the agreement or the events), gives and takes back strikes to match, flags newly holding
    /// conditions, and records the replay with the verdicts it changed.
    /// </summary>
    public EvaluationOutcome Replay(Agreement agreement, int version, IReadOnlyList<GoalVerdict> verdicts, string by, Instant now)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        var stored = VerdictRows.Read(connection, agreement.Id, transaction).Select(s => s.Verdict).ToList();
        var changes = VerdictChange.Between(stored, verdicts);
        connection.Execute("DELETE FROM verdicts WHERE agreement_id = @Id", new { agreement.Id }, transaction);
        var zone = Zone(agreement);
        foreach (var verdict in verdicts)
        {
            VerdictRows.Upsert(connection, transaction, agreement.Id, version, zone, verdict, now);
        }

        // Strikes follow the finished verdicts: a verdict no longer missed takes its strikes back.
        var newlyFinal = changes.Where(c => c.After is { IsFinal: true } && c.Before?.State != c.After.State).Select(c => c.After!).ToList();
        var noLongerMissed = changes.Where(c => c.Before is { IsMiss: true } && c.After is not { IsMiss: true }).Select(c => c.Before!).ToList();
        var before = stored.Where(v => v.IsFinal).ToList();
        var outcome = Consequences(connection, transaction, agreement, version, before, newlyFinal, noLongerMissed, now);
        connection.Execute(
            "INSERT INTO verdict_replays (agreement_id, agreement_version, replayed_ticks, replayed_by, changes) VALUES (@Id, @version, @now, @by, @changes)",
            new { agreement.Id, version, now = now.ToUnixTimeTicks(), by, changes = string.Join("\n", changes.Select(c => c.Describe())) }, transaction);
        transaction.Commit();
        return outcome with { Changes = changes };
    }

    private static EvaluationOutcome Consequences(
        IDbConnection connection, IDbTransaction transaction, Agreement agreement, int version,
        List<GoalVerdict> before, List<GoalVerdict> newlyFinal, List<GoalVerdict> noLongerMissed, Instant now)
    {
        foreach (var verdict in noLongerMissed)
        {
            connection.Execute("DELETE FROM strikes WHERE agreement_id = @Id AND goal_id = @GoalId AND period_from = @from",
                new { agreement.Id, verdict.GoalId, from = VerdictRows.Day(verdict.From) }, transaction);
        }

        var strikes = new List<Strike>();
        var notices = 0;
        foreach (var verdict in newlyFinal)
        {
            foreach (var strike in Strike.For(agreement, verdict))
            {
                connection.Execute(
                    """
                    INSERT OR IGNORE INTO strikes (agreement_id, goal_id, period_from, period_to, party, contacts, agreement_version, recorded_ticks)
                    VALUES (@Id, @GoalId, @from, @to, @Party, @contacts, @version, @now)
                    """,
                    new { agreement.Id, strike.GoalId, from = VerdictRows.Day(strike.Period.From), to = VerdictRows.Day(strike.Period.To), strike.Party, contacts = string.Join(",", strike.Contacts), version, now = now.ToUnixTimeTicks() },
                    transaction);
                strikes.Add(strike);
            }

            if (IsRecent(verdict, agreement, now))
            {
                notices += NoticeRows.Write(connection, transaction, AgreementNotice.ForVerdict(agreement, version, verdict, now), now);
            }
        }

        var after = before.Where(v => !noLongerMissed.Contains(v) && !newlyFinal.Any(n => n.GoalId == v.GoalId && n.Period == v.Period)).Concat(newlyFinal).ToList();
        var flags = newlyFinal.Count == 0 ? [] : CancellationCheck.NewlyHolding(agreement.Cancellation, before, after);
        if (flags.Count > 0)
        {
            connection.Execute(
                "INSERT INTO agreement_flags (agreement_id, condition, evidence, agreement_version, raised_ticks) VALUES (@Id, @condition, @evidence, @version, @now)",
                new
                {
                    agreement.Id, condition = string.Join("; ", flags.Select(f => f.Condition.Describe())), evidence = string.Join("\n", flags.Select(f => f.Describe())),
                    version, now = now.ToUnixTimeTicks(),
                },
                transaction);
            notices += NoticeRows.Write(connection, transaction, AgreementNotice.ForFlag(agreement, version, flags, now), now);
        }

        return new EvaluationOutcome(newlyFinal, strikes, flags, notices);
    }

    // A period that ended long ago (history imported at once, a server that was off) is recorded without telling anyone.
    private static bool IsRecent(GoalVerdict verdict, Agreement agreement, Instant now) =>
        now - verdict.To.PlusDays(1).AtStartOfDayInZone(agreement.Calendar?.Zone ?? DateTimeZone.Utc).ToInstant() <= NoticeRows.MaxAge;

    private static string Zone(Agreement agreement) => (agreement.Calendar?.Zone ?? DateTimeZone.Utc).Id;
}
