using System.Collections.Concurrent;
using Pactum.Domain.Leads;
using Pactum.Domain.Leads.Import;

namespace Pactum.Storage.Leads;

/// <summary>
/// Imports a CSV file of lead events (the generic layout of SPEC I4, or a CRM's export) into the event log, streaming:
/// rows are mapped to events and appended in chunks, each chunk committed with the projections of its leads, so
/// memory stays flat and every projection is up to date when the import returns. A bad row is rejected with its line
/// number and reason and the good rows are taken; a file whose header is wrong is refused whole, before any row.
/// </summary>
/// <remarks>
/// Two threads share the work: one reads and maps the rows, handing them over in small batches (a bounded hand-off, so
/// a batch's events are garbage soon after they are appended); the calling thread appends them to the chunk in flight
/// and commits it every <see cref="ChunkSize"/> events. Rejected rows — a row that does not map, an event that
/// conflicts with a logged one — are reported on the calling thread, in line order.
/// </remarks>
public sealed class EventImporter
{
    /// <summary>Events appended per transaction.</summary>
    public const int ChunkSize = 200_000;

    /// <summary>Events handed at a time from the thread reading the file to the one appending.</summary>
    public const int BatchSize = 2_000;

    /// <summary>How many rejected rows a report keeps (all of them go to <c>onRejected</c>).</summary>
    public const int RejectsKept = 1_000;

    /// <summary>How many batches may wait for the appending thread.</summary>
    private const int BatchesAhead = 2;

    private readonly EventLog _log;
    private readonly int _chunkSize;

    /// <summary>An importer into <paramref name="log"/>.</summary>
    public EventImporter(EventLog log)
        : this(log, ChunkSize)
    {
    }

    /// <summary>An importer committing every <paramref name="chunkSize"/> events (tests, and imports that want smaller losses on a crash, use small chunks).</summary>
    public EventImporter(EventLog log, int chunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        _log = log;
        _chunkSize = chunkSize;
    }

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

        if (rows.HeaderProblem is { } headerProblem)
        {
            return ImportReport.Refused($"line 1 (the header): {headerProblem}");
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
        using var session = _log.BeginImport();
        using var batches = new BlockingCollection<ImportBatch>(BatchesAhead);
        using var stop = new CancellationTokenSource();
        var reading = Task.Factory.StartNew(() => Read(rows, chosen, batches, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var batch in batches.GetConsumingEnumerable())
            {
                run.Added(batch, batch.Events.Count > 0 ? session.Add(batch.Events, batch.Sightings) : []);
                if (batch.EndsChunk)
                {
                    session.Commit();
                    progress?.Invoke(new ImportProgress(run.Rows, run.Totals));
                }
            }

            reading.GetAwaiter().GetResult(); // a failure while reading: the chunks before it stay committed
        }
        finally
        {
            stop.Cancel(); // when appending failed, the reading stops too
            reading.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
        }

        return run.Report();
    }

    /// <summary>
    /// Reads and maps the rows (on its own thread), handing them over in batches of about <see cref="BatchSize"/>
    /// events; the batch that completes a chunk of <c>chunkSize</c> events, and the last one, end a chunk.
    /// </summary>
    private void Read(CsvRows rows, IEventRowMapper mapper, BlockingCollection<ImportBatch> batches, CancellationToken stop)
    {
        try
        {
            var batch = new ImportBatch(0);
            var inChunk = 0;
            foreach (var row in rows.Rows())
            {
                stop.ThrowIfCancellationRequested();
                batch.Rows++;
                var mapping = row.Problem is { } problem ? RowMapping.Rejected(problem) : mapper.Map(row);
                if (mapping.Error is { } error)
                {
                    batch.Rejected.Add(new RejectedRow(row.Line, error));
                    continue;
                }

                foreach (var e in mapping.Events)
                {
                    batch.Events.Add(e);
                    batch.Lines.Add(row.Line);
                    inChunk++;
                }

                batch.Sightings.UnionWith(mapping.SnapshotFacts ?? []);
                batch.EndsChunk = inChunk >= _chunkSize;
                if (batch.EndsChunk || batch.Events.Count >= BatchSize)
                {
                    batches.Add(batch, stop);
                    inChunk = batch.EndsChunk ? 0 : inChunk;
                    batch = new ImportBatch(batch.Rows);
                }
            }

            batch.EndsChunk = true;
            batches.Add(batch, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The appending side stopped (it failed): nothing more to read.
        }
        finally
        {
            batches.CompleteAdding();
        }
    }

    /// <summary>
    /// A run of consecutive rows: their events with each one's line, the snapshot facts among them, the rows rejected
    /// while mapping, how many rows the file has had up to the batch's end, and whether the batch ends a chunk.
    /// </summary>
    private sealed class ImportBatch(long rowsBefore)
    {
        public List<LeadEvent> Events { get; } = [];

        public List<int> Lines { get; } = [];

        public HashSet<string> Sightings { get; } = new(StringComparer.Ordinal);

        public List<RejectedRow> Rejected { get; } = [];

        public long Rows { get; set; } = rowsBefore;

        public bool EndsChunk { get; set; }
    }

    /// <summary>The running counts of one import.</summary>
    private sealed class ImportRun(string format, Action<RejectedRow>? onRejected)
    {
        private readonly List<RejectedRow> _kept = [];

        public long Rows { get; private set; }

        public AppendTotals Totals { get; private set; } = AppendTotals.None;

        /// <summary>Counts an appended batch, and reports its rejected rows — from mapping and from the log — in line order.</summary>
        public void Added(ImportBatch batch, IReadOnlyList<EventOutcome> outcomes)
        {
            Rows = batch.Rows;
            Totals = Totals.Plus(AppendTotals.Of(outcomes) with { Rejected = 0 });
            var mapped = 0;
            for (var i = 0; i < outcomes.Count; i++)
            {
                if (outcomes[i].Outcome != AppendOutcome.Rejected)
                {
                    continue;
                }

                for (; mapped < batch.Rejected.Count && batch.Rejected[mapped].Line < batch.Lines[i]; mapped++)
                {
                    Reject(batch.Rejected[mapped]);
                }

                Reject(new RejectedRow(batch.Lines[i], outcomes[i].Reason ?? "rejected"));
            }

            for (; mapped < batch.Rejected.Count; mapped++)
            {
                Reject(batch.Rejected[mapped]);
            }
        }

        public ImportReport Report() => new(format, Rows, Totals, _kept, []);

        private void Reject(RejectedRow rejected)
        {
            Totals = Totals.Plus(new AppendTotals(0, 0, 1));
            if (_kept.Count < RejectsKept)
            {
                _kept.Add(rejected);
            }

            onRejected?.Invoke(rejected);
        }
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
