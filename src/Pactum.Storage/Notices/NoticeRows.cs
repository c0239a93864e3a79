using NodaTime;
using Pactum.Domain.Clocks;
using Pactum.Domain.Notices;
using Pactum.Storage.Database;

namespace Pactum.Storage.Notices;

/// <summary>Writes notices to the outbox (<c>notices</c>), in the transaction of the change they tell of.</summary>
internal static class NoticeRows
{
    /// <summary>A change older than this when it is recorded is not told: an import of history or a long outage tells no one of the past.</summary>
    public static readonly Duration MaxAge = Duration.FromHours(24);

    public const string Insert = "INSERT INTO notices (created_ticks, type, party, emails, payload, subject) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

    /// <summary>Writes the notice of <paramref name="change"/> when it is one that is told and recent enough; true when it wrote one.</summary>
    public static bool WriteIfTold(SqliteStatement insert, ClockPlan plan, ClockDefinition clock, ClockRun run, ClockChange change, string? owner, Instant now)
    {
        if (!ClockNotice.IsTold(change) || now - change.At > MaxAge)
        {
            return false;
        }

        var notice = ClockNotice.Of(plan, clock, run, change, owner);
        insert.Bind(1, now.ToUnixTimeTicks());
        insert.Bind(2, notice.Type);
        insert.Bind(3, notice.Party);
        insert.Bind(4, string.Join(",", plan.EmailsOf(clock.Party)));
        insert.Bind(5, notice.Payload);
        insert.Bind(6, notice.Subject);
        insert.Execute();
        return true;
    }

    /// <summary>Writes <paramref name="notices"/> to the outbox in <paramref name="transaction"/>; how many it wrote.</summary>
    public static int Write(System.Data.IDbConnection connection, System.Data.IDbTransaction transaction, IReadOnlyList<AgreementNotice> notices, Instant now)
    {
        foreach (var notice in notices)
        {
            Dapper.SqlMapper.Execute(
                connection,
                "INSERT INTO notices (created_ticks, type, party, emails, payload, subject) VALUES (@now, @Type, @Party, @emails, @Payload, @Subject)",
                new { now = now.ToUnixTimeTicks(), notice.Type, notice.Party, emails = string.Join(",", notice.Emails), notice.Payload, notice.Subject },
                transaction);
        }

        return notices.Count;
    }
}
