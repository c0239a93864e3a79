using System.CommandLine;
using System.Globalization;
using Pactum.Domain.Calendars;
using Pactum.Domain.Leads;
using Pactum.Domain.Reports;
using Pactum.Storage.Reports;
using Spectre.Console;

namespace Pactum.Cli.Verbs;

/// <summary>
/// <c>pactum report waterfall|speed|depth|status|sources|closed-loop|metrics</c> (SPEC I5): the reports of a month from
/// the database, as tables or, with <c>--json</c>, one JSON object (the same documents as the API).
/// </summary>
public static class ReportVerb
{
    public static Command Create(CliConsole console)
    {
        var report = new Command("report", "Reports of a month: waterfall, speed, depth, status, sources, closed-loop, metrics.");
        report.Subcommands.Add(Waterfall(console));
        report.Subcommands.Add(Speed(console));
        report.Subcommands.Add(Simple(console, "depth", "Follow-up depth: leads handed off in the month and not connected, and their average attempts.",
            c => c.Book.Depth(c.Month, c.Goals.Depth?.Target, c.Filter), ReportDocuments.Depth, DepthTable));
        report.Subcommands.Add(Simple(console, "status", "The leads created in the month, by status now.",
            c => c.Book.Status(c.Month, c.Filter), ReportDocuments.Status, StatusTable));
        report.Subcommands.Add(Simple(console, "sources", "The monthly marketing report: visits, leads, MQLs, SQLs and customers by source; assets.",
            c => c.Book.Sources(c.Month), ReportDocuments.Sources, SourcesTable, filters: false));
        report.Subcommands.Add(Simple(console, "closed-loop", "Accepted, rejected and recycled leads; the accept-or-reject clocks.",
            c => c.Book.ClosedLoop(c.Month, c.Agreement), ReportDocuments.ClosedLoop, ClosedLoopTable, filters: false));
        report.Subcommands.Add(Metrics(console));
        return report;
    }

    private static Command Waterfall(CliConsole console)
    {
        var options = ReportContext.Options.Create();
        var goal = new Option<decimal?>("--goal") { Description = "The month's lead goal (default: the agreement's monthly lead goal)." };
        var compare = new Option<string[]>("--compare") { Description = "Comparison lines: last-month, same-month-last-year, last-three-months.", AllowMultipleArgumentsPerToken = true };
        var custom = new Option<decimal?>("--custom-goal") { Description = "A custom goal line to compare with." };
        var json = CliConsole.JsonOption();
        var command = new Command("waterfall", "The cumulative goal line k·g/n and the leads first handed off by each day of the month.") { goal, compare, custom, json };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var errors = new List<string>();
            var context = options.Read(parse, errors);
            var lines = parse.GetValue(compare) ?? [];
            foreach (var unknown in lines.Except(["last-month", "same-month-last-year", "last-three-months"]))
            {
                errors.Add($"--compare: '{unknown}' is not a comparison line; write last-month, same-month-last-year or last-three-months");
            }

            var target = parse.GetValue(goal) ?? context?.Goals.Leads?.Target;
            if (context is not null && target is not > 0)
            {
                errors.Add(target is null ? "--goal: give the month's goal (no agreement in the database has a monthly lead goal)" : "--goal: must be greater than zero");
            }

            if (errors.Count > 0 || context is null)
            {
                return console.Fail(errors);
            }

            var comparisons = new WaterfallOptions(parse.GetValue(custom), lines.Contains("last-month"), lines.Contains("same-month-last-year"), lines.Contains("last-three-months"));
            var report = context.Book.Waterfall(context.Month, target!.Value, comparisons, context.Filter);
            return parse.GetValue(json) ? console.WriteJson(ReportDocuments.Waterfall(report)) : WaterfallTable(console, report);
        });
        return command;
    }

    private static Command Speed(CliConsole console)
    {
        var options = ReportContext.Options.Create();
        var calendar = new Option<string>("--calendar") { Description = "Count business minutes on this calendar file (default: wall-clock minutes)." };
        var json = CliConsole.JsonOption();
        var command = new Command("speed", "Minutes from each lead's first hand-off in the month to its first attempt.") { calendar, json };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var errors = new List<string>();
            var context = options.Read(parse, errors);
            BusinessCalendar? businessCalendar = null;
            if (parse.GetValue(calendar) is { } path)
            {
                businessCalendar = ClockVerb.ReadCalendar(path, errors);
            }

            if (errors.Count > 0 || context is null)
            {
                return console.Fail(errors);
            }

            var report = context.Book.Speed(context.Month, businessCalendar, context.Goals.Speed?.Target, context.Filter);
            return parse.GetValue(json) ? console.WriteJson(ReportDocuments.Speed(report)) : SpeedTable(console, report);
        });
        return command;
    }

    private static Command Metrics(CliConsole console)
    {
        var options = ReportContext.Options.Create();
        var months = new Option<int>("--months") { Description = "How many months, ending with --month (default 6).", DefaultValueFactory = _ => 6 };
        var json = CliConsole.JsonOption();
        var command = new Command("metrics", "The monthly metrics sheet with the recomputed calculator inputs.") { months, json };
        options.AddTo(command, filters: false);
        command.SetAction(parse =>
        {
            var errors = new List<string>();
            var context = options.Read(parse, errors);
            var count = parse.GetValue(months);
            if (count is < 1 or > 36)
            {
                errors.Add($"--months: must be between 1 and 36 (got {count})");
            }

            if (errors.Count > 0 || context is null)
            {
                return console.Fail(errors);
            }

            var sheet = context.Book.Metrics(context.Month, count, context.Goals.Agreed);
            return parse.GetValue(json) ? console.WriteJson(ReportDocuments.Metrics(sheet)) : MetricsTable(console, sheet);
        });
        return command;
    }

    private static Command Simple<T>(CliConsole console, string name, string description, Func<ReportContext, T> build, Func<T, object> document, Func<CliConsole, T, int> table, bool filters = true)
    {
        var options = ReportContext.Options.Create();
        var json = CliConsole.JsonOption();
        var command = new Command(name, description) { json };
        options.AddTo(command, filters);
        command.SetAction(parse =>
        {
            var errors = new List<string>();
            var context = options.Read(parse, errors);
            if (errors.Count > 0 || context is null)
            {
                return console.Fail(errors);
            }

            var report = build(context);
            return parse.GetValue(json) ? console.WriteJson(document(report)) : table(console, report);
        });
        return command;
    }

    private static int WaterfallTable(CliConsole console, WaterfallReport r)
    {
        var table = new Table().AddColumns("Day", "Goal line", "Actual").AddColumns(r.Lines.Select(l => l.Name).ToArray());
        foreach (var day in r.Days)
        {
            table.AddRow([N(day.Day), N(day.Goal), N(day.Actual), .. r.Lines.Select(l => N(l.Values[day.Day - 1]))]);
        }

        return Show(console, $"Waterfall {r.Month} ({r.Month.Zone.Id}), goal {N(r.Goal)}", table, r.Pace?.Text);
    }

    private static int SpeedTable(CliConsole console, SpeedReport r)
    {
        var table = new Table().AddColumns("Rep", "Touched", "Untouched", "Average", "Median", "90th pct.", "Share met");
        foreach (var f in r.ByRep.Append(r.Total with { Key = "all" }))
        {
            table.AddRow(Escape(f.Key), N(f.Touched), N(f.Untouched), N(f.Average), N(f.Median), N(f.P90), f.ShareMet is { } s ? s.ToString("P0", CultureInfo.InvariantCulture) : "—");
        }

        var buckets = string.Join(", ", r.Buckets.Select(b => $"{b.Name} days: {b.Leads}"));
        return Show(console, $"Follow-up speed {r.Month} ({r.Month.Zone.Id}), {(r.Business ? "business" : "wall-clock")} minutes", table, buckets);
    }

    private static int DepthTable(CliConsole console, DepthReport r)
    {
        var table = new Table().AddColumns("Rep", "Leads not connected", "Attempts", "Average", "Worked", "Not worked");
        foreach (var d in r.ByRep.Append(r.Total with { Key = "all" }))
        {
            table.AddRow(Escape(d.Key), N(d.Leads), N(d.Attempts), N(d.AverageAttempts), N(d.Worked), N(d.NotWorked));
        }

        return Show(console, $"Follow-up depth {r.Month} ({r.Month.Zone.Id}){(r.Goal is { } g ? $", goal {N(g)} attempts" : "")}", table);
    }

    private static int StatusTable(CliConsole console, StatusReport r)
    {
        var table = new Table().AddColumns("Status", "Leads", "Share");
        foreach (var s in r.Statuses)
        {
            table.AddRow(LeadNames.Of(s.Status), N(s.Leads), s.Share.ToString("P1", CultureInfo.InvariantCulture));
        }

        return Show(console, $"Leads created in {r.Month} ({r.Month.Zone.Id}): {r.Leads}", table);
    }

    private static int SourcesTable(CliConsole console, SourceReport r)
    {
        var table = new Table().AddColumns("Source", "Visits", "Leads", "MQLs", "SQLs", "Customers", "Lead → customer");
        foreach (var f in r.Sources.Append(r.Total))
        {
            table.AddRow(f.Source, N(f.Visits), N(f.Leads), N(f.Mqls), N(f.Sqls), N(f.Customers), f.LeadToCustomer is { } c ? c.ToString("P1", CultureInfo.InvariantCulture) : "—");
        }

        return Show(console, $"Marketing report {r.Month} ({r.Month.Zone.Id})", table);
    }

    private static int ClosedLoopTable(CliConsole console, ClosedLoopReport r)
    {
        var table = new Table().AddColumns("Source", "Handed off", "Accepted", "Rejected", "Undecided");
        foreach (var d in r.BySource.Append(r.Total))
        {
            table.AddRow(Escape(d.Key), N(d.HandedOff), N(d.Accepted), N(d.Rejected), N(d.Undecided));
        }

        var reasons = string.Join(", ", r.RejectedByReason.Select(x => $"{x.Reason}: {x.Leads}"));
        return Show(console, $"Closed loop {r.Month} ({r.Month.Zone.Id}); recycled {r.Recycled}", table, reasons.Length > 0 ? $"Rejected because: {reasons}" : null);
    }

    private static int MetricsTable(CliConsole console, MetricsSheet sheet)
    {
        var table = new Table().AddColumns("Month", "Marketing leads", "Became customers", "Their revenue", "Marketing revenue closed", "All revenue closed", "Sales cycle (days)", "Implied goal");
        foreach (var m in sheet.Months)
        {
            table.AddRow(m.Month.ToString(), N(m.MarketingLeads), N(m.BecameCustomers), N(m.RevenueFromThem), N(m.MarketingRevenueClosed), N(m.TotalRevenueClosed),
                N(m.AverageSalesCycleDays), m.Recalculated is { } g ? $"{g.Implied.LeadsNeeded} (agreed {g.Agreed.LeadsNeeded})" : "—");
        }

        return Show(console, "Monthly metrics", table);
    }

    private static int Show(CliConsole console, string title, Table table, string? footer = null)
    {
        console.Human.Write(new Rule(Escape(title)).LeftJustified());
        console.Human.Write(table);
        if (footer is not null)
        {
            console.Human.WriteLine(footer);
        }

        return PactumCli.Ok;
    }

    private static string Escape(string text) => Markup.Escape(text.Length == 0 ? "(no owner)" : text);

    private static string N(decimal? value) => value is { } v ? v.ToString("#,0.##", CultureInfo.InvariantCulture) : "—";
}
