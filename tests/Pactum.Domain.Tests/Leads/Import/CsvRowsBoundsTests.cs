using Pactum.Domain.Leads.Import;
using Pactum.Domain.Limits;

namespace Pactum.Domain.Tests.Leads.Import;

public sealed class CsvRowsBoundsTests
{
    [Theory]
    [InlineData(false)] // an unquoted cell, read in place from the buffer
    [InlineData(true)] // a quoted cell, read character by character
    public void Rows_CellLongerThanTheBound_RowCarriesTheProblemAndTheNextRowIsRead(bool quoted)
    {
        var cell = new string('L', InputLimits.MaxCsvCellLength + 1);
        var text = $"a,b\n1,{(quoted ? $"\"{cell}\"" : cell)}\n3,4\n";

        var rows = Read(text);

        Assert.Equal("cell 2 is longer than 10,000 characters", rows[0].Problem);
        Assert.True(rows[0]["b"]!.Length <= InputLimits.MaxCsvCellLength);
        Assert.Equal((3, "3", "4", (string?)null), (rows[1].Line, rows[1]["a"], rows[1]["b"], rows[1].Problem));
    }

    [Fact]
    public void Rows_CellOfExactlyTheBound_IsTakenWhole()
    {
        var cell = new string('L', InputLimits.MaxCsvCellLength);

        var row = Assert.Single(Read($"a\n{cell}\n"));

        Assert.Null(row.Problem);
        Assert.Equal(cell, row["a"]);
    }

    [Fact]
    public void Rows_MoreCellsThanTheBound_RowCarriesTheProblem()
    {
        var cells = string.Join(',', Enumerable.Range(0, InputLimits.MaxCsvColumns + 1));

        var row = Assert.Single(Read($"a\n{cells}\n"));

        Assert.Equal("the row has more than 500 cells", row.Problem);
        Assert.Equal("0", row["a"]);
    }

    [Fact]
    public void Headers_MoreColumnsThanTheBound_HeaderProblemIsSet()
    {
        using var rows = new CsvRows(new StringReader(string.Join(',', Enumerable.Range(0, InputLimits.MaxCsvColumns + 1).Select(i => $"c{i}")) + "\n"));

        Assert.Equal("the row has more than 500 cells", rows.HeaderProblem);
        Assert.Equal(InputLimits.MaxCsvColumns, rows.Headers.Count);
    }

    [Fact]
    public void Rows_QuotedCellRunningToTheEndOfAHugeFile_KeepsOnlyTheBoundInMemory()
    {
        // A quote left open runs to the end of the file: 3 million characters, of which one cell's bound is kept.
        var text = "a,b\n\"" + new string('x', 3_000_000);

        var row = Assert.Single(Read(text));

        Assert.NotNull(row.Problem);
        Assert.True(row["a"]!.Length <= InputLimits.MaxCsvCellLength);
    }

    private static List<CsvRow> Read(string text)
    {
        using var rows = new CsvRows(new StringReader(text));
        return rows.Rows().ToList();
    }
}
