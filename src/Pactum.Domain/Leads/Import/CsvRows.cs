using System.Buffers;
using Pactum.Domain.Limits;

namespace Pactum.Domain.Leads.Import;

/// <summary>
/// Reads a CSV file's header and rows from a reader the caller opened (RFC 4180: comma-separated, quoted cells may hold
/// commas, doubled quotes and line breaks), streaming: one row in memory at a time. A byte-order mark is skipped; empty
/// lines are skipped (they still count as lines). The reading is lenient, as spreadsheets write files: a quote inside
/// an unquoted cell, or text after a closing quote, is kept as written; a quote left open runs to the end of the file.
/// The reading is bounded (SPEC X6): a cell longer than <see cref="InputLimits.MaxCsvCellLength"/> characters or a row
/// of more than <see cref="InputLimits.MaxCsvColumns"/> cells is kept only up to the bound and the row carries its
/// <see cref="CsvRow.Problem"/>, so one oversized row costs no more memory than a full one and is rejected alone.
/// </summary>
/// <remarks>
/// A cell equal to one read shortly before (an owner, a source, a persona …) is given as the same string instance, so
/// the events of a large file share their repeated values instead of each holding copies, and reading a repeated cell
/// allocates nothing.
/// </remarks>
public sealed class CsvRows : IDisposable
{
    private const int End = -1;

    private static readonly SearchValues<char> CellEnds = SearchValues.Create(",\r\n");

    private readonly TextReader _reader;
    private readonly CsvHeader _header;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly List<string> _cells = [];

    /// <summary>Recent cells, by hash: a slot holds the last cell that hashed to it.</summary>
    private readonly string[] _recent = new string[8192];

    private char[] _cell = new char[256];
    private int _cellLength;
    private string? _problem;
    private int _position;
    private int _length;
    private int _line = 1;

    /// <summary>Opens <paramref name="reader"/> and reads the header row (an empty file has no headers).</summary>
    public CsvRows(TextReader reader)
    {
        _reader = reader;
        if (Peek() == '\uFEFF')
        {
            Next();
        }

        Headers = ReadRecord(out _) ? [.. _cells] : [];
        HeaderProblem = _problem;
        _header = new CsvHeader(Headers);
    }

    /// <summary>The header row's cells, as written (up to the bounds).</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>What is wrong with the header row (a bound broken), or null; a file whose header has a problem is refused.</summary>
    public string? HeaderProblem { get; }

    /// <summary>The data rows, each with its line number in the file (the header is line 1).</summary>
    public IEnumerable<CsvRow> Rows()
    {
        while (ReadRecord(out var line))
        {
            yield return new CsvRow(line, _header, _cells.ToArray(), _problem);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    /// <summary>Reads the next non-empty record into <see cref="_cells"/>; false at the end of the file.</summary>
    private bool ReadRecord(out int line)
    {
        _cells.Clear();
        _problem = null;
        line = SkipEmptyLines();
        if (Peek() == End)
        {
            return false;
        }

        while (true)
        {
            var c = ReadCell(out var cell);
            if (cell.Length > InputLimits.MaxCsvCellLength)
            {
                _problem ??= $"cell {_cells.Count + 1} is longer than {InputLimits.MaxCsvCellLength:N0} characters";
                cell = cell[..InputLimits.MaxCsvCellLength];
            }

            if (_cells.Count < InputLimits.MaxCsvColumns)
            {
                _cells.Add(Shared(cell));
            }
            else
            {
                _problem ??= $"the row has more than {InputLimits.MaxCsvColumns:N0} cells";
            }

            if (c == ',')
            {
                continue;
            }

            EndLine(c);
            return true;
        }
    }

    /// <summary>Reads one cell; the character that ended it (a comma, a line break or the end).</summary>
    private int ReadCell(out ReadOnlySpan<char> cell)
    {
        if (_position < _length && _buffer[_position] != '"')
        {
            // The common case: an unquoted cell that ends within the buffer, read in place.
            var rest = _buffer.AsSpan(_position, _length - _position);
            var length = rest.IndexOfAny(CellEnds);
            if (length >= 0)
            {
                cell = rest[..length];
                _position += length;
                return Next();
            }
        }

        var end = ReadCellByCharacter();
        cell = _cell.AsSpan(0, _cellLength);
        return end;
    }

    /// <summary>Reads one cell into <see cref="_cell"/>, quoted or not, across buffer refills.</summary>
    private int ReadCellByCharacter()
    {
        _cellLength = 0;
        var c = Next();
        if (c == '"')
        {
            while ((c = Next()) != End)
            {
                if (c == '"')
                {
                    if (Peek() != '"')
                    {
                        break;
                    }

                    c = Next();
                }
                else if (c == '\n' || (c == '\r' && Peek() != '\n'))
                {
                    _line++;
                }

                Append((char)c);
            }

            c = Next();
        }

        for (; c != ',' && c != '\n' && c != '\r' && c != End; c = Next())
        {
            Append((char)c);
        }

        return c;
    }

    /// <summary>Skips empty lines; the line the next record starts on.</summary>
    private int SkipEmptyLines()
    {
        for (var c = Peek(); c is '\n' or '\r'; c = Peek())
        {
            EndLine(Next());
        }

        return _line;
    }

    /// <summary>Counts the line ended by <paramref name="c"/> (a CR LF pair is one line break).</summary>
    private void EndLine(int c)
    {
        if (c == '\r' && Peek() == '\n')
        {
            Next();
        }

        if (c != End)
        {
            _line++;
        }
    }

    private int Peek() => _position < _length || Fill() ? _buffer[_position] : End;

    private int Next() => _position < _length || Fill() ? _buffer[_position++] : End;

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }

    /// <summary>Adds a character to the cell being read; past one character more than the bound, the rest is dropped (the row has its problem).</summary>
    private void Append(char c)
    {
        if (_cellLength > InputLimits.MaxCsvCellLength)
        {
            return;
        }

        if (_cellLength == _cell.Length)
        {
            Array.Resize(ref _cell, _cell.Length * 2);
        }

        _cell[_cellLength++] = c;
    }

    /// <summary>The instance of a recent cell equal to <paramref name="value"/>, or a new string of it.</summary>
    private string Shared(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return "";
        }

        ref var slot = ref _recent[string.GetHashCode(value) & (_recent.Length - 1)];
        if (slot is not null && value.SequenceEqual(slot))
        {
            return slot;
        }

        slot = value.ToString();
        return slot;
    }
}
