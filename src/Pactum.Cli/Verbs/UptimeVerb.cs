using System.CommandLine;
using Pactum.Domain.Calculator;
using Pactum.Server.Features.Calculator;
using Spectre.Console;

namespace Pactum.Cli.Verbs;

/// <summary><c>pactum uptime 99.999</c>: allowed downtime per year, month, week and day (SPEC G6, I2).</summary>
public static class UptimeVerb
{
    public static Command Create(CliConsole console)
    {
        var availability = new Argument<string>("availability") { Description = "Availability: a percentage (99.999 or 99.999%) or a fraction below 1 (0.99999)." };
        var json = CliConsole.JsonOption();
        var command = new Command("uptime", "Allowed downtime for an availability, in seconds per year (365.25 days), month, week and day.") { availability, json };
        command.SetAction(parse =>
        {
            var answer = UptimeAnswer.For(parse.GetValue(availability), "availability");
            if (answer.Value is not { } uptime)
            {
                return console.Fail(answer.Errors);
            }

            if (parse.GetValue(json))
            {
                return console.WriteJson(new { uptime.Availability, uptime.PerYear, uptime.PerMonth, uptime.PerWeek, uptime.PerDay });
            }

            var table = new Table().AddColumns("Per", "Allowed downtime (s)");
            table.AddRow("year", CalcVerb.Number(uptime.PerYear));
            table.AddRow("month", CalcVerb.Number(uptime.PerMonth));
            table.AddRow("week", CalcVerb.Number(uptime.PerWeek));
            table.AddRow("day", CalcVerb.Number(uptime.PerDay));
            console.Human.Write(new Rule($"Availability {(uptime.Availability * 100).Normalize()}%").LeftJustified());
            console.Human.Write(table);
            return PactumCli.Ok;
        });
        return command;
    }
}
