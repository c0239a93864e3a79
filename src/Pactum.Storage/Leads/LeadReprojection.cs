using Pactum.Domain.Leads;
using Pactum.Storage.Database;

namespace Pactum.Storage.Leads;

/// <summary>
/// Brings lead rows written by an older projection (<c>projected_version</c> below <see cref="LeadRows.ProjectedVersion"/>)
/// up to date: each is projected again from its events, in batches of a few thousand leads per transaction, so a
/// database from before a new projected column is complete before anything reads it. Nothing to do is one indexed
/// count.
/// </summary>
internal static class LeadReprojection
{
    private const int BatchSize = 5_000;

    public static void Run(SqliteDatabase database)
    {
        using var connection = database.Connect();
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
                return;
            }

            using (var atRowId = new SqliteStatement(connection, EventRows.AtRowId))
            using (var save = new SqliteStatement(connection, LeadRows.Upsert))
            {
                foreach (var (leadId, rowIds) in stale)
                {
                    var summary = LeadProjection.Summarize(leadId, EventRows.AtRowIds(atRowId, rowIds).Select(r => r.Event));
                    LeadRows.Bind(save, summary, rowIds);
                    save.Execute();
                }
            }

            transaction.Commit();
        }
    }
}
