using System.CommandLine;
using NodaTime;
using Pactum.Domain.Leads.Demo;
using Pactum.Domain.Leads.Import;
using Pactum.Domain.Time;

namespace Pactum.Cli.Verbs;

/// <summary>
/// <c>pactum demo generate --leads N --months M --seed S --out FILE.csv</c>: a deterministic, realistic Company X
/// history as a generic event CSV (for trying imports, and for the benchmarks).
/// </summary>
public static class DemoVerb
{
    public static Command Create(CliConsole console)
    {
        var demo = new Command("demo", "The demo company's data.");
        demo.Subcommands.Add(Generate(console));
        return demo;
    }

    private static Command Generate(CliConsole console)
    {
        var leads = new Option<int>("--leads") { Description = "Leads created over the history.", DefaultValueFactory = _ => DemoHistoryOptions.CompanyXLeads };
        var months = new Option<int>("--months") { Description = "Calendar months of history, ending with the month of --until.", DefaultValueFactory = _ => DemoHistoryOptions.CompanyXMonths };
        var seed = new Option<int>("--seed") { Description = "The same seed (and --until) gives the same history.", DefaultValueFactory = _ => DemoHistoryOptions.CompanyXSeed };
        var until = new Option<string>("--until") { Description = "No event after this ISO-8601 instant (default: now)." };
        var output = new Option<string>("--out") { Description = "The CSV file to write (generic event columns).", Required = true };
        var command = new Command("generate", "Write a deterministic Company X lead history as a generic event CSV.") { leads, months, seed, until, output };
        command.SetAction(parse =>
        {
            var errors = new List<string>();
            var end = parse.GetValue(until) is { } text ? InstantText.ParseField("--until", text, errors) : SystemClock.Instance.GetCurrentInstant();
            if (parse.GetValue(leads) is < 0 or > DemoHistory.MaxLeads)
            {
                errors.Add($"--leads: must be from 0 to {DemoHistory.MaxLeads:N0}");
            }

            if (parse.GetValue(months) < 1)
            {
                errors.Add("--months: must be at least 1");
            }

            if (errors.Count > 0)
            {
                return console.Fail(errors);
            }

            var options = DemoHistoryOptions.CompanyX(end) with { Leads = parse.GetValue(leads), Months = parse.GetValue(months), Seed = parse.GetValue(seed) };
            var path = parse.GetValue(output)!;
            long count;
            using (var writer = new StreamWriter(path))
            {
                count = EventCsvWriter.Write(writer, DemoHistory.Generate(options));
            }

            console.Output.WriteLine($"{count:N0} events for {options.Leads:N0} leads over {options.Months} months written to {path}");
            return PactumCli.Ok;
        });
        return command;
    }
}
