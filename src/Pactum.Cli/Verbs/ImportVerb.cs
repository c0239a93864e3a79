using System.CommandLine;
using Pactum.Domain.Leads.Import;
using Pactum.Storage.Database;
using Pactum.Storage.Leads;
using Spectre.Console;

namespace Pactum.Cli.Verbs;

/// <summary>
/// <c>pactum import events FILE.csv [--db PATH] [--json] [--chunk-size N] [--progress-json]</c>: lead events from a CSV
/// file (SPEC I4), committed in chunks; with <c>--progress-json</c> each committed chunk is acknowledged on standard error.
/// </summary>
public static class ImportVerb
{
    public static Command Create(CliConsole console)
    {
        var import = new Command("import", "Bring data into Pactum.");
        import.Subcommands.Add(Events(console));
        return import;
    }

    private static Command Events(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The CSV file: the generic event columns, or a HubSpot or Salesforce export." };
        var db = DatabaseOption();
        var json = CliConsole.JsonOption();
        var rejects = new Option<string>("--rejects") { Description = "Where rejected rows are written (default: FILE.rejects.csv, only when a row is rejected)." };
        var chunkSize = new Option<int>("--chunk-size")
        {
            Description = "Events committed per transaction (default 200,000): a crash loses at most the chunk in flight; running the import again takes the rest.",
            DefaultValueFactory = _ => EventImporter.ChunkSize,
        };
        var progressJson = new Option<bool>("--progress-json")
        {
            Description = "After every committed chunk write one JSON line to standard error: {\"rows\": N, \"taken\": N, \"duplicates\": N, \"rejected\": N}, the rows read so far and their totals, all of them stored.",
        };
        var crm = CrmOptions.Create();
        var command = new Command("events", "Import lead events from a CSV file; a second delivery of an event changes nothing.") { file, db, json, rejects, chunkSize, progressJson };
        crm.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var errors = new List<string>();
            var mapperFor = crm.Read(parse, errors);
            if (!File.Exists(path))
            {
                errors.Add($"FILE: no file '{path}'");
            }

            if (parse.GetValue(chunkSize) < 1)
            {
                errors.Add($"--chunk-size: {parse.GetValue(chunkSize)} is not a positive number of events");
            }

            if (errors.Count > 0)
            {
                return console.Fail(errors);
            }

            var database = SqliteDatabase.Open(parse.GetValue(db) ?? DataFolder.DefaultDatabase);
            var rejectPath = parse.GetValue(rejects) ?? path + ".rejects.csv";
            using var rejectFile = new RejectFile(rejectPath);
            var importer = new EventImporter(EventLog.WithClocks(database, NodaTime.SystemClock.Instance), parse.GetValue(chunkSize));
            var acknowledge = parse.GetValue(progressJson) ? Acknowledge(console) : null;
            var report = Run(console, importer, path, mapperFor!, rejectFile, showProgress: !parse.GetValue(json), acknowledge);
            if (report.IsRefused)
            {
                return console.Fail(report.Refusal.Select(r => $"{path}: {r}"));
            }

            if (parse.GetValue(json))
            {
                console.WriteJson(new { taken = report.Totals.Taken, duplicates = report.Totals.Duplicates, rejected = report.Totals.Rejected });
            }
            else
            {
                WriteSummary(console, report, rejectFile.Written ? rejectPath : null);
            }

            return report.Totals.Rejected > 0 ? PactumCli.Invalid : PactumCli.Ok;
        });
        return command;
    }

    internal static Option<string> DatabaseOption() =>
        new("--db") { Description = "The SQLite database file (default: the server's, pactum.db in the data folder, PACTUM_DATA)." };

    /// <summary>Writes a committed chunk's acknowledgement: one JSON line on standard error, flushed at once.</summary>
    private static Action<ImportProgress> Acknowledge(CliConsole console) => p =>
    {
        console.Error.WriteLine($"{{\"rows\": {p.Rows}, \"taken\": {p.Totals.Taken}, \"duplicates\": {p.Totals.Duplicates}, \"rejected\": {p.Totals.Rejected}}}");
        console.Error.Flush();
    };

    private static ImportReport Run(CliConsole console, EventImporter importer, string path, Func<IReadOnlyList<string>, LayoutChoice> mapperFor, RejectFile rejects, bool showProgress, Action<ImportProgress>? acknowledge)
    {
        using var stream = File.OpenRead(path);
        using var reader = new StreamReader(stream);
        if (!showProgress || !console.IsTerminal)
        {
            return importer.Import(reader, mapperFor, acknowledge, rejects.Add);
        }

        ImportReport? report = null;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        console.Human.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("Importing", maxValue: Math.Max(1, stream.Length));
                report = importer.Import(reader, mapperFor, p =>
                {
                    acknowledge?.Invoke(p);
                    task.Value = stream.Position;
                    task.Description = $"{p.Rows:N0} rows, {p.Rows / Math.Max(0.001, clock.Elapsed.TotalSeconds):N0} rows/s";
                }, rejects.Add);
                task.Value = task.MaxValue;
            });
        return report!;
    }

    private static void WriteSummary(CliConsole console, ImportReport report, string? rejectPath)
    {
        console.Output.WriteLine($"{report.Rows:N0} rows read ({report.Format}): {report.Totals.Taken:N0} events taken, {report.Totals.Duplicates:N0} duplicates skipped, {report.Totals.Rejected:N0} rejected");
        foreach (var row in report.Rejected.Take(10))
        {
            console.Output.WriteLine($"  line {row.Line}: {row.Reason}");
        }

        if (report.Totals.Rejected > 10)
        {
            console.Output.WriteLine($"  … and {report.Totals.Rejected - 10:N0} more");
        }

        if (rejectPath is not null)
        {
            console.Output.WriteLine($"Rejected rows, with their line and reason: {rejectPath}");
        }
    }

    /// <summary>The reject file: created on the first rejected row only, as CSV with the line and the reason.</summary>
    private sealed class RejectFile(string path) : IDisposable
    {
        private StreamWriter? _writer;

        public bool Written => _writer is not null;

        public void Add(RejectedRow row)
        {
            if (_writer is null)
            {
                _writer = new StreamWriter(path);
                _writer.WriteLine("line,reason");
            }

            _writer.WriteLine($"{row.Line},\"{row.Reason.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        }

        public void Dispose() => _writer?.Dispose();
    }
}
