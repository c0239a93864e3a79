using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace Pactum.Cli;

/// <summary>Where a verb writes: human output (Spectre.Console tables on the output writer), JSON, and errors.</summary>
public sealed class CliConsole
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Writes to the given writers.</summary>
    public CliConsole(TextWriter output, TextWriter error)
    {
        Output = output;
        Error = error;
        Human = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, Console.Out) ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ReferenceEquals(output, Console.Out) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
    }

    /// <summary>Plain output.</summary>
    public TextWriter Output { get; }

    /// <summary>Error output.</summary>
    public TextWriter Error { get; }

    /// <summary>Whether output goes to an interactive terminal (progress bars are drawn only there).</summary>
    public bool IsTerminal => ReferenceEquals(Output, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>Rich human output (tables, colour when the terminal has it).</summary>
    public IAnsiConsole Human { get; }

    /// <summary>The <c>--json</c> option every verb with a result for scripts takes.</summary>
    public static Option<bool> JsonOption() => new("--json") { Description = "Print one JSON object instead of text." };

    /// <summary>Writes <paramref name="value"/> as one JSON object (camelCase names, enums as strings).</summary>
    public int WriteJson<T>(T value)
    {
        Output.WriteLine(JsonSerializer.Serialize(value, Json));
        return PactumCli.Ok;
    }

    /// <summary>Writes each message as <c>error: …</c> on standard error and returns the bad-input exit code.</summary>
    public int Fail(params IEnumerable<string> messages)
    {
        foreach (var message in messages)
        {
            Error.WriteLine($"error: {message}");
        }

        return PactumCli.BadInput;
    }
}
