using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Pactum.Storage.Database;

/// <summary>
/// The embedded SQLite database: one file, opened with write-ahead logging, its schema brought up to date by the
/// versioned SQL scripts embedded in this assembly (Migrations/Sqlite/NNNN_name.sql), applied in order, each once.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;

    private SqliteDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Default,
            Pooling = true,
        }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating the file and its folder when absent) and migrates the database at <paramref name="path"/>.</summary>
    public static SqliteDatabase Open(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var database = new SqliteDatabase(path);
        database.Migrate();
        Leads.LeadReprojection.Run(database);
        return database;
    }

    /// <summary>A new open connection; the caller disposes it.</summary>
    public SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>The names of the migration scripts applied so far, in order.</summary>
    public IReadOnlyList<string> AppliedMigrations()
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM schema_migrations ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private void Migrate()
    {
        using var connection = Connect();
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL; CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL);";
            wal.ExecuteNonQuery();
        }

        var applied = AppliedMigrations().ToHashSet(StringComparer.Ordinal);
        foreach (var (name, sql) in Scripts())
        {
            if (applied.Contains(name))
            {
                continue;
            }

            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql + ";\nINSERT INTO schema_migrations (name, applied_at) VALUES ($name, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));";
            command.Parameters.AddWithValue("$name", name);
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    private static IEnumerable<(string Name, string Sql)> Scripts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        const string prefix = "Pactum.Storage.Migrations.Sqlite.";
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (resource[prefix.Length..], reader.ReadToEnd());
        }
    }
}
