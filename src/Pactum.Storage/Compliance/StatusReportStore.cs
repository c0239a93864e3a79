using Dapper;
using NodaTime;
using Pactum.Domain.Compliance;
using Pactum.Domain.Notices;
using Pactum.Storage.Database;
using Pactum.Storage.Notices;

namespace Pactum.Storage.Compliance;

/// <summary>The archive of generated status reports (SPEC R8); a report is archived, and its notice written, once.</summary>
public sealed class StatusReportStore(SqliteDatabase database)
{
    /// <summary>Whether the report of <paramref name="requirementId"/> for the period starting <paramref name="from"/> is archived.</summary>
    public bool Has(string agreementId, string requirementId, LocalDate from)
    {
        using var connection = database.Connect();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM status_reports WHERE agreement_id = @agreementId AND requirement_id = @requirementId AND period_from = @from",
            new { agreementId, requirementId, from = VerdictRows.Day(from) }) > 0;
    }

    /// <summary>Archives a report and writes its <paramref name="notices"/> in one transaction; false when it was archived already.</summary>
    public bool Archive(string agreementId, string requirementId, PeriodKey period, string title, string body, IReadOnlyList<AgreementNotice> notices, Instant now)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        var added = connection.Execute(
            """
            INSERT OR IGNORE INTO status_reports (agreement_id, requirement_id, period_from, period_to, title, body, generated_ticks)
            VALUES (@agreementId, @requirementId, @from, @to, @title, @body, @now)
            """,
            new { agreementId, requirementId, from = VerdictRows.Day(period.From), to = VerdictRows.Day(period.To), title, body, now = now.ToUnixTimeTicks() }, transaction);
        if (added == 0)
        {
            return false;
        }

        NoticeRows.Write(connection, transaction, notices, now);
        transaction.Commit();
        return true;
    }

    /// <summary>The archived reports of <paramref name="agreementId"/>, newest period first.</summary>
    public IReadOnlyList<ArchivedStatusReport> Reports(string agreementId)
    {
        using var connection = database.Connect();
        return connection.Query<(string Requirement, string From, string To, string Title, string Body, long Ticks)>(
                "SELECT requirement_id, period_from, period_to, title, body, generated_ticks FROM status_reports WHERE agreement_id = @agreementId ORDER BY period_from DESC, requirement_id",
                new { agreementId })
            .Select(r => new ArchivedStatusReport(r.Requirement, new PeriodKey(VerdictRows.ParseDay(r.From), VerdictRows.ParseDay(r.To)), r.Title, r.Body, Instant.FromUnixTimeTicks(r.Ticks)))
            .ToList();
    }
}

/// <summary>An archived status report: the requirement, the days it covers, its title and text, and when it was generated.</summary>
public sealed record ArchivedStatusReport(string RequirementId, PeriodKey Period, string Title, string Body, Instant GeneratedAt);
