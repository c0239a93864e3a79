namespace Pactum.Domain.Leads.Import;

/// <summary>
/// One data row of a CSV file: its 1-based line number in the file (the header is line 1) and its cells by column
/// header. Headers are matched case-insensitively and without surrounding spaces; a missing cell reads as empty.
/// </summary>
public sealed class CsvRow(int line, IReadOnlyDictionary<string, string> cells)
{
    /// <summary>The row's line number in the file, for error messages.</summary>
    public int Line { get; } = line;

    /// <summary>The cells by header (the dictionary given; build it with a case-insensitive comparer).</summary>
    public IReadOnlyDictionary<string, string> Cells { get; } = cells;

    /// <summary>The trimmed cell under <paramref name="header"/>, or <see langword="null"/> when absent or blank.</summary>
    public string? this[string header] => Cells.TryGetValue(header, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>Builds a row from headers and values in file order (extra values past the headers are ignored).</summary>
    public static CsvRow Of(int line, IReadOnlyList<string> headers, IReadOnlyList<string> values)
    {
        var cells = new Dictionary<string, string>(headers.Count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++)
        {
            cells.TryAdd(headers[i].Trim(), i < values.Count ? values[i] : "");
        }

        return new CsvRow(line, cells);
    }
}
