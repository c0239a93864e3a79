using System.CommandLine;
using Pactum.Domain.Agreements;
using Pactum.Domain.Files;
using Spectre.Console;

namespace Pactum.Cli.Verbs;

/// <summary><c>pactum agreement validate|show FILE</c>: check an agreement file, or print it side by side by party.</summary>
public static class AgreementVerb
{
    public static Command Create(CliConsole console)
    {
        var agreement = new Command("agreement", "Agreement files: validate them, show them side by side by party.");
        agreement.Subcommands.Add(Validate(console));
        agreement.Subcommands.Add(Show(console));
        return agreement;
    }

    private static Command Validate(CliConsole console) =>
        FileCommand(console, "validate", "Every error in an agreement file as file:line:column: field: message (exit code 1 when invalid).", (path, parsed, json) =>
        {
            if (json)
            {
                console.WriteJson(new { valid = parsed.IsValid, errors = parsed.Errors });
            }
            else if (parsed.Value is { } valid)
            {
                console.Output.WriteLine($"{path}: valid — {valid.Title} ({valid.Kind.ToFileText()}, version {valid.Version})");
            }
            else
            {
                WriteErrors(console, parsed.Errors);
            }

            return parsed.IsValid ? PactumCli.Ok : PactumCli.Invalid;
        });

    private static Command Show(CliConsole console) =>
        FileCommand(console, "show", "The agreement side by side: a column per party and one for what is shared.", (_, parsed, json) =>
        {
            if (parsed.Value is not { } agreement)
            {
                WriteErrors(console, parsed.Errors);
                return PactumCli.Invalid;
            }

            var columns = SideBySide.Of(agreement);
            if (json)
            {
                return console.WriteJson(new { agreement.Id, agreement.Title, kind = agreement.Kind.ToFileText(), agreement.Version, columns });
            }

            console.Human.Write(new Rule(Markup.Escape($"{agreement.Title} — {agreement.Kind.ToFileText()}, version {agreement.Version}")).LeftJustified());
            var table = new Table().Expand();
            foreach (var column in columns)
            {
                table.AddColumn(new TableColumn(Markup.Escape(column.Title)));
            }

            table.AddRow(columns.Select(Describe).ToArray());
            console.Human.Write(table);
            return PactumCli.Ok;
        });

    /// <summary>A verb on one agreement file: reads and parses it (a missing file is bad input), then runs <paramref name="act"/>.</summary>
    private static Command FileCommand(CliConsole console, string name, string description, Func<string, ParseResult<Agreement>, bool, int> act)
    {
        var file = new Argument<string>("FILE") { Description = "The agreement file (YAML)." };
        var json = CliConsole.JsonOption();
        var command = new Command(name, description) { file, json };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var errors = new List<string>();
            var text = InputFile.Read(path, "FILE", errors);
            return text is null ? console.Fail(errors) : act(path, AgreementFile.Parse(text, path), parse.GetValue(json));
        });
        return command;
    }

    private static void WriteErrors(CliConsole console, IReadOnlyList<FileError> errors)
    {
        foreach (var error in errors)
        {
            console.Output.WriteLine(error.ToString());
        }

        console.Output.WriteLine($"{errors.Count} error(s)");
    }

    private static Markup Describe(SideBySideColumn column)
    {
        var lines = column.Sections.SelectMany(section =>
            new[] { $"[bold]{Markup.Escape(section.Heading)}[/]" }
                .Concat(section.Items.Select(item => "• " + Markup.Escape(item.Detail is null ? item.Label : $"{item.Label}: {item.Detail}")))
                .Append(""));
        return new Markup(string.Join("\n", lines).TrimEnd());
    }
}
