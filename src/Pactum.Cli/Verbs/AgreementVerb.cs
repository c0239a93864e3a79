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

    private static Command Validate(CliConsole console)
    {
        var file = FileArgument();
        var json = ClockVerb.JsonOption();
        var command = new Command("validate", "Every error in an agreement file as file:line:column: field: message (exit code 1 when invalid).") { file, json };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var errors = new List<string>();
            var text = InputFile.Read(path, "FILE", errors);
            if (text is null)
            {
                return console.Fail(errors);
            }

            var parsed = AgreementFile.Parse(text, path);
            if (parse.GetValue(json))
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
        return command;
    }

    private static Command Show(CliConsole console)
    {
        var file = FileArgument();
        var json = ClockVerb.JsonOption();
        var command = new Command("show", "The agreement side by side: a column per party and one for what is shared.") { file, json };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var errors = new List<string>();
            var text = InputFile.Read(path, "FILE", errors);
            if (text is null)
            {
                return console.Fail(errors);
            }

            var parsed = AgreementFile.Parse(text, path);
            if (parsed.Value is not { } agreement)
            {
                WriteErrors(console, parsed.Errors);
                return PactumCli.Invalid;
            }

            var columns = SideBySide.Of(agreement);
            if (parse.GetValue(json))
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
        return command;
    }

    private static Argument<string> FileArgument() => new("FILE") { Description = "The agreement file (YAML)." };

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
