using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Pactum.Domain.Leads.Import;

/// <summary>
/// Reads a CSV file's header and rows from a reader the caller opened (RFC 4180: quoted cells may hold commas, quotes
/// and line breaks), streaming: one row in memory at a time. A byte-order mark is skipped; blank lines are skipped.
/// </summary>
public sealed class CsvRows : IDisposable
{
    private readonly CsvReader _csv;
    private readonly CsvHeader _header;

    /// <summary>Opens <paramref name="reader"/> and reads the header row (an empty file has no headers).</summary>
    public CsvRows(TextReader reader)
    {
        _csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = false,
            BadDataFound = null,
            MissingFieldFound = null,
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.None,
        });
        Headers = _csv.Read() && _csv.ReadHeader() ? [.. _csv.HeaderRecord ?? []] : [];
        _header = new CsvHeader(Headers);
    }

    /// <summary>The header row's cells, as written.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The data rows, each with its line number in the file (the header is line 1).</summary>
    public IEnumerable<CsvRow> Rows()
    {
        while (_csv.Read())
        {
            yield return new CsvRow(_csv.Parser.RawRow, _header, _csv.Parser.Record ?? []);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _csv.Dispose();
}
