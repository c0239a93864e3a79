using System.Text.Json;

namespace Pactum.Cli.Tests;

public sealed class AgreementVerbTests
{
    private static string Sample(string name) => Path.Combine(CliRun.RepositoryRoot(), "samples", "agreements", name);

    [Theory]
    [InlineData("company-x-internal.yaml")] // marketing → sales
    [InlineData("company-x-multi-level.yaml")] // marketing → sales → service
    public void Validate_Sample_IsValid(string file)
    {
        var run = CliRun.Of("agreement", "validate", Sample(file));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("valid", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EverySample_IsValid()
    {
        var samples = Directory.GetFiles(Path.Combine(CliRun.RepositoryRoot(), "samples", "agreements"), "*.yaml");

        Assert.Equal(4, samples.Length);
        Assert.All(samples, sample => Assert.Equal(0, CliRun.Of("agreement", "validate", sample).ExitCode));
    }

    [Fact]
    public void Validate_BrokenFile_PrintsEveryErrorWithLineAndFieldAndExits1()
    {
        var file = CliRun.TempFile("broken.yaml", "id: broken\ntitle: Broken\nkind: internall\nversion: one\n");

        var run = CliRun.Of("agreement", "validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file}:3:7: kind: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("internal", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{file}:4:10: version: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Json_ListsTheErrors()
    {
        var file = CliRun.TempFile("broken.yaml", "id: broken\ntitle: Broken\nkind: internall\nversion: one\n");

        var run = CliRun.Of("agreement", "validate", file, "--json");

        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.False(json.GetProperty("valid").GetBoolean());
        Assert.Contains(json.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == "kind" && e.GetProperty("line").GetInt32() == 3);
    }

    [Fact]
    public void Validate_MissingFile_ExitsWith2()
    {
        var run = CliRun.Of("agreement", "validate", "no-such-agreement.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no file 'no-such-agreement.yaml'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_CompanyX_PrintsAColumnPerPartyAndShared()
    {
        var run = CliRun.Of("agreement", "show", Sample("company-x-internal.yaml"), "--json");

        Assert.Equal(0, run.ExitCode);
        var titles = JsonDocument.Parse(run.Output).RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("title").GetString()).ToList();
        Assert.Equal(3, titles.Count);
        Assert.Contains("Marketing", titles[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Sales", titles[1], StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Shared", titles[2]);
    }

    [Fact]
    public void Show_Human_PrintsTheGoalsSideBySide()
    {
        var run = CliRun.Of("agreement", "show", Sample("company-x-internal.yaml"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Kendra", run.Output, StringComparison.Ordinal);
        Assert.Contains("Amir", run.Output, StringComparison.Ordinal);
    }
}
