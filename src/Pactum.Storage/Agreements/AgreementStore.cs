using Dapper;
using NodaTime;
using NodaTime.Text;
using Pactum.Storage.Database;

namespace Pactum.Storage.Agreements;

/// <summary>
/// Keeps every version of every agreement. Storing a text identical to the latest version stores nothing;
/// storing a changed text adds the next version number (the version written in the file is informative only).
/// </summary>
public sealed class AgreementStore(SqliteDatabase database, IClock clock)
{
    /// <summary>The latest version of each agreement, ordered by title.</summary>
    public IReadOnlyList<StoredAgreement> Latest()
    {
        using var connection = database.Connect();
        return connection.Query<Row>(
            """
            SELECT v.* FROM agreement_versions v
            WHERE v.version = (SELECT MAX(version) FROM agreement_versions w WHERE w.agreement_id = v.agreement_id)
            ORDER BY v.title, v.agreement_id
            """).Select(ToStored).ToList();
    }

    /// <summary>The id and latest version number of each agreement, by id: a small read for callers that cache what they parse.</summary>
    public IReadOnlyList<(string Id, int Version)> LatestVersions()
    {
        using var connection = database.Connect();
        return connection.Query<(string Id, long Version)>("SELECT agreement_id, MAX(version) FROM agreement_versions GROUP BY agreement_id ORDER BY agreement_id")
            .Select(r => (r.Id, (int)r.Version)).ToList();
    }

    /// <summary>Every version of one agreement, newest first; empty when it is unknown.</summary>
    public IReadOnlyList<StoredAgreement> Versions(string id)
    {
        using var connection = database.Connect();
        return connection.Query<Row>("SELECT * FROM agreement_versions WHERE agreement_id = @id ORDER BY version DESC", new { id })
            .Select(ToStored).ToList();
    }

    /// <summary>One version (the latest when <paramref name="version"/> is null), or null when there is none.</summary>
    public StoredAgreement? Find(string id, int? version = null)
    {
        using var connection = database.Connect();
        var row = version is null
            ? connection.QueryFirstOrDefault<Row>("SELECT * FROM agreement_versions WHERE agreement_id = @id ORDER BY version DESC LIMIT 1", new { id })
            : connection.QueryFirstOrDefault<Row>("SELECT * FROM agreement_versions WHERE agreement_id = @id AND version = @version", new { id, version });
        return row is null ? null : ToStored(row);
    }

    /// <summary>
    /// Stores <paramref name="yaml"/> as the next version of agreement <paramref name="id"/>, unless it equals the
    /// latest version's text, in which case that version is returned and nothing is written.
    /// </summary>
    public (StoredAgreement Agreement, bool Created) Store(string id, string title, string kind, string yaml, string storedBy)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        var latest = connection.QueryFirstOrDefault<Row>(
            "SELECT * FROM agreement_versions WHERE agreement_id = @id ORDER BY version DESC LIMIT 1", new { id }, transaction);
        if (latest is not null && latest.yaml == yaml)
        {
            return (ToStored(latest), false);
        }

        var stored = new StoredAgreement(id, (int)(latest?.version ?? 0) + 1, title, kind, yaml, clock.GetCurrentInstant(), storedBy);
        connection.Execute(
            """
            INSERT INTO agreement_versions (agreement_id, version, title, kind, yaml, stored_at, stored_by)
            VALUES (@Id, @Version, @Title, @Kind, @Yaml, @StoredAt, @StoredBy)
            """,
            new { stored.Id, stored.Version, stored.Title, stored.Kind, stored.Yaml, StoredAt = InstantPattern.ExtendedIso.Format(stored.StoredAt), stored.StoredBy },
            transaction);
        transaction.Commit();
        return (stored, true);
    }

    private static StoredAgreement ToStored(Row row) => new(
        row.agreement_id, (int)row.version, row.title, row.kind, row.yaml,
        InstantPattern.ExtendedIso.Parse(row.stored_at).GetValueOrThrow(), row.stored_by);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Column names.")]
    private sealed record Row(string agreement_id, long version, string title, string kind, string yaml, string stored_at, string stored_by);
}
