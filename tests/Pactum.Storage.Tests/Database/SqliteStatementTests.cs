using Pactum.Storage.Database;

namespace Pactum.Storage.Tests.Database;

public sealed class SqliteStatementTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("plain")]
    [InlineData("")] // empty text, not NULL
    [InlineData(null)]
    [InlineData("Zoë Müller — 東京 ✓")] // UTF-8 of more than one byte a character
    [InlineData("a long cell: more than the bytes first set aside for binding, so the buffer grows to hold it whole, and then some more text")]
    public void Bind_Text_ReadsBackTheSame(string? text)
    {
        using var connection = _db.Database.Connect();
        using var statement = new SqliteStatement(connection, "SELECT ?1, typeof(?1), ?2");

        statement.Bind(1, text);
        statement.Bind(2, 42L);

        Assert.True(statement.Read());
        Assert.Equal((text, text is null ? "null" : "text", 42L), (statement.Text(0), statement.Text(1), statement.Int64(2)));
        Assert.False(statement.Read());
        statement.Reset();
    }

    [Fact]
    public void Bind_ValuesAcrossRuns_EachRunReadsWhatWasBoundLast()
    {
        // Values equal to the ones already bound are not bound again: every change between runs must still arrive.
        using var connection = _db.Database.Connect();
        using var statement = new SqliteStatement(connection, "SELECT ?1, ?2");
        var same = "same";
        (string? Text, long? Number)[] runs =
        [
            (same, 1), (same, 1), (null, 1), (null, null), (same, null), (new string('s', 1) + "ame", 2), ("other", 2), ("", 0),
        ];

        var read = new List<(string?, long?)>();
        foreach (var (text, number) in runs)
        {
            statement.Bind(1, text);
            statement.Bind(2, number);
            Assert.True(statement.Read());
            read.Add((statement.Text(0), statement.Text(1) is null ? null : statement.Int64(1)));
            statement.Reset();
        }

        Assert.Equal(runs, read);
    }

    [Fact]
    public void Execute_ABrokenStatement_ThrowsWithSqlitesMessage()
    {
        using var connection = _db.Database.Connect();
        using var statement = new SqliteStatement(connection, "INSERT INTO leads (lead_id) VALUES (?1)");
        statement.Bind(1, "L1");

        var failure = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => statement.Execute());

        Assert.Contains("NOT NULL constraint failed", failure.Message, StringComparison.Ordinal);
    }
}
