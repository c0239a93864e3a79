using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Domain.Reports;
using Pactum.Storage.Reports;
using Pactum.Storage.Database;

namespace Pactum.Storage.Leads;

/// <summary>
/// Brings lead rows written by an older projection (<c>projected_version</c> below <see cref="LeadRows.ProjectedVersion"/>)
/// up to date: each is projected again from its events, with its hand-off rows, in batches of a few thousand leads per
/// transaction, so a database from before a new projected column is complete before anything reads it; then the daily
/// report aggregates are counted again from every lead row. Nothing to do is one indexed probe.
/// </summary>
internal static class LeadReprojection
{
    private const int BatchSize = 5_000;

    public static void Run(SqliteDatabase database)
    {
        using var connection = database.Connect();
        var reprojected = false;
        while (true)
        {
            using var transaction = connection.BeginTransaction();
            var stale = new List<(string LeadId, string RowIds)>();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                // The literal matches the partial index leads_to_reproject (migration 0005); a new projected version adds its own.
                command.CommandText = $"SELECT lead_id, event_rowids FROM leads WHERE projected_version < {LeadRows.ProjectedVersion} LIMIT $batch";
                command.Parameters.AddWithValue("$batch", BatchSize);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    stale.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            if (stale.Count == 0)
            {
                if (reprojected)
                {
                    Recount(connection, transaction);
                }

                return;
            }

            using (var atRowId = new SqliteStatement(connection, EventRows.AtRowId))
            using (var save = new SqliteStatement(connection, LeadRows.Upsert))
            using (var followUps = new FollowUpWriter(connection, zones: []))
            {
                foreach (var (leadId, rowIds) in stale)
                {
                    var summary = LeadProjection.Summarize(leadId, EventRows.AtRowIds(atRowId, rowIds).Select(r => r.Event));
                    LeadRows.Bind(save, summary, rowIds);
                    save.Execute();
                    followUps.Change(leadId, null, LeadFollowUp.Of(summary));
                }
            }

            transaction.Commit();
            reprojected = true;
        }
    }

    // The daily aggregates of every reporting zone, counted again from the lead rows.
    private static void Recount(SqliteConnection connection, SqliteTransaction transaction)
    {
        using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM report_days";
            clear.ExecuteNonQuery();
        }

        FollowUpWriter.Backfill(connection, ReportStore.ZonesOf(connection, transaction).Select(z => DateTimeZoneProviders.Tzdb[z]).ToList());
        transaction.Commit();
    }
}
