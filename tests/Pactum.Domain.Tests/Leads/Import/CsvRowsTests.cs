using Pactum.Domain.Leads.Import;

namespace Pactum.Domain.Tests.Leads.Import;

public sealed class CsvRowsTests
{
    [Fact]
    public void Rows_PlainFile_GivesCellsByHeaderWithLineNumbers()
    {
        var rows = Read("a,b\n1,2\n3,4\n");

        Assert.Equal([(2, "1", "2"), (3, "3", "4")], rows.Select(r => (r.Line, r["a"], r["b"])));
    }

    [Theory]
    [InlineData("a,b\r\n1,2\r\n", "1", "2")] // CR LF line ends
    [InlineData("\uFEFFa,b\n1,2", "1", "2")] // a byte-order mark, and no line break at the end
    [InlineData("a,b\n\"x,y\",2\n", "x,y", "2")] // a quoted comma
    [InlineData("a,b\n\"say \"\"hi\"\"\",2\n", "say \"hi\"", "2")] // doubled quotes inside quotes
    [InlineData("a,b\n\"\",2\n", null, "2")] // an empty quoted cell reads as blank
    [InlineData("a,b\n1\n", "1", null)] // a short row: the missing cell reads as blank
    [InlineData("a,b\n1,2,3\n", "1", "2")] // an extra cell past the headers is ignored
    [InlineData("a,b\nit's 5\" tall,2\n", "it's 5\" tall", "2")] // a quote inside an unquoted cell is kept as written
    [InlineData("a,b\n  1 ,2\n", "1", "2")] // cells are trimmed when read by column
    public void Rows_Rfc4180Shapes_ReadAsWritten(string text, string? a, string? b)
    {
        var row = Assert.Single(Read(text));

        Assert.Equal((a, b), (row["a"], row["b"]));
    }

    [Fact]
    public void Rows_LineBreakInsideQuotes_CountsLinesOfTheFile()
    {
        var rows = Read("a,b\n\"first\nsecond\",1\n\n2,3\r\n");

        Assert.Equal([(2, "first\nsecond"), (5, "2")], rows.Select(r => (r.Line, r["a"])));
    }

    [Fact]
    public void Rows_EmptyLines_AreSkippedButCounted()
    {
        var rows = Read("a\n\n\r\n1\n\n2\n");

        Assert.Equal([(4, "1"), (6, "2")], rows.Select(r => (r.Line, r["a"])));
    }

    [Theory]
    [InlineData(false)] // an unquoted cell: read in place until the buffer ends, then character by character
    [InlineData(true)] // a quoted cell
    public void Rows_CellAcrossTheReadBufferEnd_IsReadWhole(bool quoted)
    {
        // Rows of filler bring the reader close to the end of its 64 KiB buffer; the next cell runs across it.
        var filler = string.Concat(Enumerable.Repeat(new string('f', 99) + ",x\n", 650));
        var longCell = new string('y', 9_000);

        var rows = Read($"a,b\n{filler}{(quoted ? $"\"{longCell}\"" : longCell)},z\n");

        Assert.Equal((longCell, "z", (string?)null), (rows[^1]["a"], rows[^1]["b"], rows[^1].Problem));
    }

    [Fact]
    public void Headers_EmptyFile_AreNone()
    {
        using var rows = new CsvRows(new StringReader(""));

        Assert.Empty(rows.Headers);
        Assert.Empty(rows.Rows());
    }

    [Fact]
    public void Rows_RepeatedCells_ShareOneString()
    {
        var rows = Read("owner\nKendra\nKendra\n");

        Assert.Same(rows[0]["owner"], rows[1]["owner"]);
    }

    private static List<CsvRow> Read(string text)
    {
        using var rows = new CsvRows(new StringReader(text));
        return rows.Rows().ToList();
    }
}
