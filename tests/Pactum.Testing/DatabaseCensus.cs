using Microsoft.Data.Sqlite;

namespace Pactum.Testing;

/// <summary>
/// How many rows each table of a Pactum database holds, read in one statement: two censuses that differ show that a
/// request wrote something, and where.
/// </summary>
public sealed record DatabaseCensus(IReadOnlyDictionary<string, long> Rows)
{
    /// <summary>Counts the rows of every table in the SQLite file at <paramref name="path"/>.</summary>
    public static DatabaseCensus Take(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        using var count = connection.CreateCommand();
        count.CommandText = "SELECT " + string.Join(", ", tables.Select(t => $"(SELECT COUNT(*) FROM \"{t}\")"));
        using var counts = count.ExecuteReader();
        counts.Read();
        return new DatabaseCensus(tables.Select((t, i) => (t, counts.GetInt64(i))).ToDictionary(x => x.t, x => x.Item2));
    }

    /// <summary>The tables whose counts differ from <paramref name="before"/>, as <c>table: before → after</c>.</summary>
    public IReadOnlyList<string> ChangesSince(DatabaseCensus before) =>
        Rows.Where(r => !before.Rows.TryGetValue(r.Key, out var was) || was != r.Value)
            .Select(r => $"{r.Key}: {before.Rows.GetValueOrDefault(r.Key)} → {r.Value}").ToList();
}
