using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Storage.Database;
using Pactum.Testing;

namespace Pactum.Storage.Tests;

/// <summary>A fresh SQLite database in its own temporary folder, deleted on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pactum-storage-" + Guid.NewGuid().ToString("N"));

    public TempDatabase()
    {
        Directory.CreateDirectory(_folder);
        Database = SqliteDatabase.Open(Path.Combine(_folder, "pactum.db"));
    }

    public SqliteDatabase Database { get; }

    public FixedClock Clock { get; } = new(Instant.FromUtc(2026, 11, 2, 14, 0));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
