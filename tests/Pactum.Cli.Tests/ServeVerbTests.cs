namespace Pactum.Cli.Tests;

public sealed class ServeVerbTests
{
    [Fact]
    public void Serve_SettingsFileWithAnError_StopsBeforeStartingAndSaysWhere()
    {
        var settings = CliRun.TempFile("pactum.yaml", "notices:\n  smtp:\n    host: mail.example.com\n    from: nobody\n");

        var run = CliRun.Of("serve", "--settings", settings, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pactum.yaml:4", run.Error, StringComparison.Ordinal);
        Assert.Contains("notices.smtp.from", run.Error, StringComparison.Ordinal);
        Assert.Contains("not an e-mail address", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_MissingSettingsFile_SaysSo()
    {
        var run = CliRun.Of("serve", "--settings", "no-such-settings.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("settings file no-such-settings.yaml does not exist", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--public-url", "sla.example.com", "public URL 'sla.example.com' is not an absolute URL")] // no scheme
    [InlineData("--public-url", "ftp://sla.example.com", "must start with http:// or https://")]
    [InlineData("--allowed-hosts", "sla.example.com:443", "'sla.example.com:443' is not a host name")]
    public void Serve_BadPublicAddress_StopsBeforeStartingAndSaysWhy(string option, string value, string message)
    {
        var run = CliRun.Of("serve", option, value, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }
}
