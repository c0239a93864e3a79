using Pactum.Domain.Leads;
using Pactum.Domain.Leads.Import;

namespace Pactum.Storage.Leads;

/// <summary>
/// Imports a CSV file of lead events (the generic layout of SPEC I4, or a CRM's export) into the event log, streaming:
/// rows are mapped to events and appended in chunks, each chunk committed with the projections of its leads, so
/// memory stays flat and every projection is up to date when the import returns. A bad row is rejected with its line
/// number and reason and the good rows are taken; a file whose header is wrong is refused whole, before any row.
/// </summary>
public sealed class EventImporter(EventLog log)
{
    /// <summary>Events appended per transaction.</summary>
    public const int ChunkSize = 100_000;

    /// <summary>How many rejected rows a report keeps (all of them go to <c>onRejected</c>).</summary>
    public const int RejectsKept = 1_000;

    /// <summary>
    /// Imports the CSV text of <paramref name="reader"/>. <paramref name="layout"/> chooses the reader from the header 
    /// (null when it recognises none). <paramref name="progress"/> hears after every chunk; <paramref name="onRejected"/>
    /// hears of every rejected row, in order.
    /// </summary>
    public ImportReport Import(TextReader reader, Func<IReadOnlyList<string>, LayoutChoice> layout, Action<ImportProgress>? progress = null, Action<RejectedRow>? onRejected = null)
    {
        using var rows = new CsvRows(reader);
        if (rows.Headers.Count == 0)
        {
            return ImportReport.Refused("the file is empty: a CSV file with a header row is expected");
        }

        var choice = layout(rows.Headers);
        if (choice.Mapper is not { } chosen)
        {
            return ImportReport.Refused(choice.Error ?? "the file's layout is not known");
        }

        var headerErrors = chosen.CheckHeader(rows.Headers);
        if (headerErrors.Count > 0)
        {
            return ImportReport.Refused(headerErrors);
        }

        var run = new ImportRun(chosen.Format, onRejected);
        using var session = log.BeginImport();
        var chunk = new List<LeadEvent>(ChunkSize);
        var lines = new List<int>(ChunkSize);
        var sightings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.Rows())
        {
            run.Rows++;
            var mapping = chosen.Map(row);
            if (mapping.Error is { } error)
            {
                run.Reject(row.Line, error);
                continue;
            }

            foreach (var e in mapping.Events)
            {
                chunk.Add(e);
                lines.Add(row.Line);
            }

            sightings.UnionWith(mapping.SnapshotFacts ?? []);
            if (chunk.Count >= ChunkSize)
            {
                run.Appended(session.Append(chunk, sightings), lines);
                progress?.Invoke(new ImportProgress(run.Rows, run.Totals));
                chunk.Clear();
                lines.Clear();
                sightings.Clear();
            }
        }

        if (chunk.Count > 0)
        {
            run.Appended(session.Append(chunk, sightings), lines);
        }

        progress?.Invoke(new ImportProgress(run.Rows, run.Totals));
        return run.Report();
    }

    /// <summary>The running counts of one import.</summary>
    private sealed class ImportRun(string format, Action<RejectedRow>? onRejected)
    {
        private readonly List<RejectedRow> _kept = [];

        public long Rows { get; set; }

        public AppendTotals Totals { get; private set; } = AppendTotals.None;

        public void Reject(int line, string reason)
        {
            var rejected = new RejectedRow(line, reason);
            Totals = Totals.Plus(new AppendTotals(0, 0, 1));
            if (_kept.Count < RejectsKept)
            {
                _kept.Add(rejected);
            }

            onRejected?.Invoke(rejected);
        }

        public void Appended(IReadOnlyList<EventOutcome> outcomes, List<int> lines)
        {
            var totals = AppendTotals.Of(outcomes);
            Totals = Totals.Plus(totals with { Rejected = 0 });
            for (var i = 0; i < outcomes.Count; i++)
            {
                if (outcomes[i].Outcome == AppendOutcome.Rejected)
                {
                    Reject(lines[i], outcomes[i].Reason ?? "rejected");
                }
            }
        }

        public ImportReport Report() => new(format, Rows, Totals, _kept, []);
    }
}

/// <summary>How far an import has got: rows read, and the events taken, duplicate and rejected so far.</summary>
public sealed record ImportProgress(long Rows, AppendTotals Totals);

/// <summary>A row that was not imported: its line in the file and why.</summary>
public sealed record RejectedRow(int Line, string Reason);

/// <summary>
/// What an import did: the layout read, the rows read, the events taken / skipped as duplicates / rejected (a generic
/// row is one event; a CRM row may be several), the first rejected rows, and — when the file was refused whole — why.
/// </summary>
public sealed record ImportReport(string Format, long Rows, AppendTotals Totals, IReadOnlyList<RejectedRow> Rejected, IReadOnlyList<string> Refusal)
{
    /// <summary>True when the file was refused before any row was read.</summary>
    public bool IsRefused => Refusal.Count > 0;

    /// <summary>A refusal of the whole file.</summary>
    public static ImportReport Refused(params IReadOnlyList<string> reasons) => new("", 0, AppendTotals.None, [], reasons);
}
