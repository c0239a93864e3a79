using Pactum.Testing;

namespace Pactum.Cli.Tests;

/// <summary>Runs the <c>pactum</c> command line in-process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = PactumCli.Run(args, output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>The repository folder (the one holding Pactum.slnx), for the samples.</summary>
    public static string RepositoryRoot() => Repository.Root();

    /// <summary>Writes <paramref name="text"/> to a new temporary file with <paramref name="name"/> and returns its path.</summary>
    public static string TempFile(string name, string text)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pactum-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
