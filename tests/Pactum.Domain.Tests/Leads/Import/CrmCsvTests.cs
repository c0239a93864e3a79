namespace Pactum.Domain.Tests.Leads.Import;

public sealed class CrmCsvTests
{
    [Theory]
    [InlineData("a,b,c", "a|b|c")] // plain fields
    [InlineData("a,\"b, c\",d", "a|b, c|d")] // a quoted comma stays in its field
    [InlineData("\"say \"\"hi\"\"\",x", "say \"hi\"|x")] // doubled quotes are one quote
    [InlineData("a,,", "a||")] // empty fields are kept
    public void SplitLine_QuotedCsv_GivesTheFields(string line, string expected)
    {
        Assert.Equal(expected, string.Join("|", CrmCsv.SplitLine(line)));
    }
}
