using System.CommandLine;
using Pactum.Cli.Verbs;

namespace Pactum.Cli;

/// <summary>The <c>pactum</c> command: its verbs, and the exit codes every verb shares.</summary>
public static class PactumCli
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The command ran and found a problem in the data (e.g. an invalid agreement file).</summary>
    public const int Invalid = 1;

    /// <summary>The command line or an input value was wrong (a clear message is printed on standard error).</summary>
    public const int BadInput = 2;

    /// <summary>Runs the command line <paramref name="args"/>, writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("Pactum: service-level agreements between marketing, sales, service and customers, as live numbers.")
        {
            ServeVerb.Create(console),
            CalcVerb.Create(console),
            UptimeVerb.Create(console),
            ClockVerb.Create(console),
            AgreementVerb.Create(console),
            ImportVerb.Create(console),
            DemoVerb.Create(console),
            ReportVerb.Create(console),
            ScoreVerb.Create(console),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Run 'pactum --help' (or the verb with --help) for usage.");
            return BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
