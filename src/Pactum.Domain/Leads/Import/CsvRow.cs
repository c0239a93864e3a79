namespace Pactum.Domain.Leads.Import;

/// <summary>
/// One data row of a CSV file: its 1-based line number in the file (the header is line 1) and its cells, found by
/// column header. Headers are matched case-insensitively and without surrounding spaces; a missing cell reads as empty.
/// </summary>
public sealed class CsvRow
{
    private readonly CsvHeader _header;
    private readonly IReadOnlyList<string> _values;

    /// <summary>A row of a file with <paramref name="header"/>; <paramref name="values"/> in file order; <paramref name="problem"/> when the row broke a bound of the reader.</summary>
    public CsvRow(int line, CsvHeader header, IReadOnlyList<string> values, string? problem = null)
    {
        Line = line;
        _header = header;
        _values = values;
        Problem = problem;
    }

    /// <summary>The row's line number in the file, for error messages.</summary>
    public int Line { get; }

    /// <summary>Why the row cannot be taken as read (a cell too long, too many cells), or null; such a row is rejected.</summary>
    public string? Problem { get; }

    /// <summary>The trimmed cell under <paramref name="column"/>, or <see langword="null"/> when absent or blank.</summary>
    public string? this[string column] =>
        _header.IndexOf(column) is var i and >= 0 && i < _values.Count && !string.IsNullOrWhiteSpace(_values[i]) ? _values[i].Trim() : null;

    /// <summary>Builds a row from headers and values in file order (extra values past the headers are ignored).</summary>
    public static CsvRow Of(int line, IReadOnlyList<string> headers, IReadOnlyList<string> values) => new(line, new CsvHeader(headers), values);
}

/// <summary>A CSV file's header row: each column's position by its name (case-insensitive, trimmed; the first wins).</summary>
public sealed class CsvHeader
{
    private readonly Dictionary<string, int> _positions = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Indexes <paramref name="headers"/>.</summary>
    public CsvHeader(IReadOnlyList<string> headers)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            _positions.TryAdd(headers[i].Trim(), i);
        }
    }

    /// <summary>The position of <paramref name="column"/>, or -1 when the file has no such column.</summary>
    public int IndexOf(string column) => _positions.TryGetValue(column, out var i) ? i : -1;
}
