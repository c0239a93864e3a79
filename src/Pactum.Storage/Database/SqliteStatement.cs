using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Pactum.Storage.Database;

/// <summary>
/// One prepared statement driven through SQLite's C API (SQLitePCLRaw) on an open connection, for the hot paths of
/// an import: values are bound by position (1-based, in the order the SQL names them), text straight from the string's
/// UTF-16 characters (SQLite converts them in C), so a row costs no parameter objects and no allocation. SQLite keeps a statement's values from one run to
/// the next, so a value equal to the one already bound (the same text instance, the same integer, NULL again) is not
/// bound again: rows that repeat a type, a source or an empty cell cost fewer calls. It runs in whatever transaction
/// the connection is in. Dispose it before the connection.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly Bound[] _bound;
    private readonly List<(byte[] Utf8, string Text)> _shared = [];

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _bound = new Bound[raw.sqlite3_bind_parameter_count(_statement) + 1];
    }

    /// <summary>Binds text, or NULL for <see langword="null"/>.</summary>
    public void Bind(int index, string? value)
    {
        ref var bound = ref _bound[index];
        if (bound.Kind == (value is null ? BoundKind.Null : BoundKind.Text) && ReferenceEquals(bound.Text, value))
        {
            return;
        }

        bound = default; // until bound
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
            bound = new Bound(BoundKind.Null, null, 0);
            return;
        }

        Check(raw.sqlite3_bind_text16(_statement, index, value.AsSpan()));
        bound = new Bound(BoundKind.Text, value, 0);
    }

    /// <summary>Binds an integer.</summary>
    public void Bind(int index, long value)
    {
        ref var bound = ref _bound[index];
        if (bound.Kind == BoundKind.Integer && bound.Integer == value)
        {
            return;
        }

        bound = default; // until bound
        Check(raw.sqlite3_bind_int64(_statement, index, value));
        bound = new Bound(BoundKind.Integer, null, value);
    }

    /// <summary>Binds an integer, or NULL for <see langword="null"/>.</summary>
    public void Bind(int index, long? value)
    {
        if (value is { } number)
        {
            Bind(index, number);
        }
        else
        {
            Bind(index, (string?)null);
        }
    }

    /// <summary>Runs a statement that returns no row; the number of rows it changed.</summary>
    public int Execute()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
            }

            return raw.sqlite3_changes(_db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>The rowid of the row the connection inserted last (after <see cref="Execute"/> of an insert that changed a row).</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_db);

    /// <summary>Steps to the next row of a query: false when there is none (then call <see cref="Reset"/>).</summary>
    public bool Read()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        if (rc != raw.SQLITE_DONE)
        {
            raw.sqlite3_reset(_statement);
            Check(rc);
        }

        return false;
    }

    /// <summary>Makes the statement ready to run again (the bindings stay).</summary>
    public void Reset() => raw.sqlite3_reset(_statement);

    /// <summary>The integer in column <paramref name="column"/> (0-based) of the current row.</summary>
    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    /// <summary>The integer in column <paramref name="column"/> (0-based) of the current row, or null.</summary>
    public long? Int64OrNull(int column) =>
        raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(_statement, column);

    /// <summary>The text in column <paramref name="column"/> (0-based) of the current row, or null.</summary>
    public string? Text(int column) =>
        raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(_statement, column).utf8_to_string();

    /// <summary>
    /// The text in column <paramref name="column"/> of the current row, or null, as the same string instance each time
    /// the column holds the same text (up to <see cref="SharedTexts"/> different texts per statement): for columns of
    /// few values, such as owners, read over many rows without a new string per row.
    /// </summary>
    public string? SharedText(int column)
    {
        if (raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL)
        {
            return null;
        }

        var utf8 = raw.sqlite3_column_blob(_statement, column);
        foreach (var (bytes, text) in _shared)
        {
            if (utf8.SequenceEqual(bytes))
            {
                return text;
            }
        }

        var read = System.Text.Encoding.UTF8.GetString(utf8);
        if (_shared.Count < SharedTexts)
        {
            _shared.Add((utf8.ToArray(), read));
        }

        return read;
    }

    /// <summary>The most texts <see cref="SharedText"/> keeps.</summary>
    public const int SharedTexts = 16;

    /// <inheritdoc />
    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    /// <summary>What a parameter holds now: nothing yet, NULL, a text instance or an integer.</summary>
    private readonly record struct Bound(BoundKind Kind, string? Text, long Integer);

    private enum BoundKind : byte
    {
        None,
        Null,
        Text,
        Integer,
    }
}
