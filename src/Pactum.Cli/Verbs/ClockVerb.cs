using System.CommandLine;
using Pactum.Domain.Calendars;
using Pactum.Domain.Time;

namespace Pactum.Cli.Verbs;

/// <summary><c>pactum clock due|elapsed</c>: business-time arithmetic on a calendar file (SPEC I3).</summary>
public static class ClockVerb
{
    public static Command Create(CliConsole console)
    {
        var clock = new Command("clock", "Business-time deadlines and elapsed business minutes on a calendar file.");
        clock.Subcommands.Add(Due(console));
        clock.Subcommands.Add(Elapsed(console));
        return clock;
    }

    private static Command Due(CliConsole console)
    {
        var calendar = CalendarOption();
        var start = new Option<string>("--start") { Description = "ISO-8601 instant with Z or an offset.", Required = true };
        var minutes = new Option<decimal>("--minutes") { Description = "Business minutes (may be fractional).", Required = true };
        var json = CliConsole.JsonOption();
        var command = new Command("due", "The instant at which N business minutes have elapsed from --start.") { calendar, start, minutes, json };
        command.SetAction(parse =>
        {
            var errors = new List<string>();
            var businessCalendar = ReadCalendar(parse.GetValue(calendar)!, errors);
            var from = InstantText.ParseField("--start", parse.GetValue(start), errors);
            if (!BusinessMinutes.TryToDuration(parse.GetValue(minutes), out var duration, out var minutesError))
            {
                errors.Add($"--minutes: {minutesError}");
            }

            if (errors.Count > 0 || businessCalendar is null)
            {
                return console.Fail(errors);
            }

            var due = businessCalendar.Due(from, duration);
            var dueText = due.IsReachable ? InstantText.Format(due.Instant) : "unreachable";
            if (parse.GetValue(json))
            {
                return console.WriteJson(new { due = dueText });
            }

            console.Output.WriteLine(due.IsReachable
                ? $"due {dueText} ({InstantText.FormatLocal(due.Instant, businessCalendar.Zone)} in {businessCalendar.Zone.Id})"
                : "unreachable: the calendar never opens");
            return PactumCli.Ok;
        });
        return command;
    }

    private static Command Elapsed(CliConsole console)
    {
        var calendar = CalendarOption();
        var from = new Option<string>("--from") { Description = "ISO-8601 instant with Z or an offset.", Required = true };
        var to = new Option<string>("--to") { Description = "ISO-8601 instant with Z or an offset.", Required = true };
        var json = CliConsole.JsonOption();
        var command = new Command("elapsed", "Business minutes between --from and --to (zero when --to is not after --from).") { calendar, from, to, json };
        command.SetAction(parse =>
        {
            var errors = new List<string>();
            var businessCalendar = ReadCalendar(parse.GetValue(calendar)!, errors);
            var start = InstantText.ParseField("--from", parse.GetValue(from), errors);
            var end = InstantText.ParseField("--to", parse.GetValue(to), errors);
            if (errors.Count > 0 || businessCalendar is null)
            {
                return console.Fail(errors);
            }

            var elapsed = BusinessMinutes.FromDuration(businessCalendar.Elapsed(start, end));
            if (parse.GetValue(json))
            {
                return console.WriteJson(new { minutes = elapsed });
            }

            console.Output.WriteLine($"{elapsed} business minutes");
            return PactumCli.Ok;
        });
        return command;
    }

    private static Option<string> CalendarOption() =>
        new("--calendar") { Description = "The calendar file (YAML: timeZone, hours, holidays, closures).", Required = true };

    internal static BusinessCalendar? ReadCalendar(string path, List<string> errors)
    {
        var text = InputFile.Read(path, "--calendar", errors);
        if (text is null)
        {
            return null;
        }

        var parsed = CalendarFile.Parse(text, path);
        errors.AddRange(parsed.Errors.Select(e => e.ToString()));
        return parsed.Value;
    }
}
