using System.CommandLine;
using System.Globalization;
using Pactum.Server.Features.Calculator;
using Spectre.Console;

namespace Pactum.Cli.Verbs;

/// <summary><c>pactum calc</c>: the marketing goal from the sales quota (SPEC G1, I1).</summary>
public static class CalcVerb
{
    private static readonly Dictionary<string, string> OptionNames = new(StringComparer.Ordinal)
    {
        ["quota"] = "--quota",
        ["marketingShare"] = "--marketing-share",
        ["dealSize"] = "--deal-size",
        ["closeRate"] = "--close-rate",
        ["days"] = "--days",
        ["period"] = "--period",
    };

    public static Command Create(CliConsole console)
    {
        var quota = new Option<string>("--quota") { Description = "Sales quota: revenue to close in the period.", Required = true };
        var share = new Option<string>("--marketing-share") { Description = "Share of revenue from marketing leads: 0.5 or 50%.", Required = true };
        var dealSize = new Option<string>("--deal-size") { Description = "Average deal size.", Required = true };
        var closeRate = new Option<string>("--close-rate") { Description = "Lead-to-customer close rate: 0.5 or 50%.", Required = true };
        var days = new Option<string>("--days") { Description = "Days in the month for the daily goal (default 30)." };
        var period = new Option<string>("--period") { Description = "The quota's period: month (default), quarter or year." };
        var json = CliConsole.JsonOption();
        var command = new Command("calc", "The marketing goal from the sales quota: revenue goal, customers and leads needed, daily goal.")
        {
            quota, share, dealSize, closeRate, days, period, json,
        };
        command.SetAction(parse =>
        {
            var question = new LeadGoalQuestion(parse.GetValue(quota), parse.GetValue(share), parse.GetValue(dealSize), parse.GetValue(closeRate), parse.GetValue(days), parse.GetValue(period));
            var answer = question.Answer(field => OptionNames.GetValueOrDefault(field, field));
            if (answer.Value is not { } goal)
            {
                return console.Fail(answer.Errors);
            }

            return parse.GetValue(json) ? console.WriteJson(goal) : WriteHuman(console, goal);
        });
        return command;
    }

    private static int WriteHuman(CliConsole console, LeadGoalAnswer goal)
    {
        var steps = new Table().AddColumns("Result", "Value", "Formula");
        foreach (var step in goal.Steps)
        {
            steps.AddRow(step.Name, Number(step.Value), Markup.Escape(step.Formula));
        }

        steps.AddRow("dailyGoal", Number(goal.DailyGoal), Markup.Escape($"monthly leads ÷ {goal.Days} days"));
        console.Human.Write(new Rule($"Marketing goal for a {goal.Period}").LeftJustified());
        console.Human.Write(steps);

        var breakdown = new Table().AddColumns("Period", "Quota", "Revenue goal", "Customers", "Leads");
        foreach (var row in goal.Breakdown)
        {
            breakdown.AddRow(row.Period, Number(row.Quota), Number(row.RevenueGoal), Number(row.CustomersNeeded), Number(row.LeadsNeeded));
        }

        console.Human.Write(breakdown);
        return PactumCli.Ok;
    }

    internal static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
