using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Pactum.Domain.Leads.Import;

/// <summary>
/// Reads a CSV file's header and rows from a reader the caller opened (RFC 4180: quoted cells may hold commas, quotes
/// and line breaks), streaming: one row in memory at a time. A byte-order mark is skipped; blank lines are skipped.
/// </summary>
/// <remarks>
/// A cell equal to one read shortly before (an owner, a source, a persona …) is given as the same string instance, so
/// the events of a large file share their repeated values instead of each holding copies.
/// </remarks>
public sealed class CsvRows : IDisposable
{
    private readonly CsvReader _csv;
    private readonly CsvHeader _header;

    /// <summary>Recent cells, by hash: a slot holds the last cell that hashed to it.</summary>
    private readonly string[] _recent = new string[8192];

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
            var record = _csv.Parser.Record ?? [];
            for (var i = 0; i < record.Length; i++)
            {
                record[i] = Shared(record[i]);
            }

            yield return new CsvRow(_csv.Parser.RawRow, _header, record);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _csv.Dispose();

    /// <summary>The instance of a recent cell equal to <paramref name="value"/>, or <paramref name="value"/> itself.</summary>
    private string Shared(string value)
    {
        ref var slot = ref _recent[value.GetHashCode() & (_recent.Length - 1)];
        if (string.Equals(slot, value, StringComparison.Ordinal))
        {
            return slot;
        }

        slot = value;
        return value;
    }
}
