// The sweeper benchmark (bench/sweeper/README.md): 100,000 open first-touch clocks due within the same minute, swept by
// the server's own sweeper loop on a clock shifted to just before that minute; prints how late each breach was
// recorded after its due instant (committed), the memory used, and PASS when every breach was recorded within 1 second.
using System.Diagnostics;
using System.Reflection;
using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Domain.Clocks;
using Pactum.Domain.Leads;
using Pactum.Storage.Agreements;
using Pactum.Storage.Clocks;
using Pactum.Storage.Database;
using Pactum.Storage.Leads;
using Pactum.SweeperBench;

var leads = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
var sameInstant = args.Contains("--same-instant"); // the worst case: every deadline at the same instant
var target = Duration.FromSeconds(1);
var minute = Instant.FromUtc(2026, 12, 1, 15, 0); // Tuesday 10:00 in New York: the first-touch deadline of a 09:00 hand-off
var folder = Directory.CreateTempSubdirectory("pactum-bench-sweeper-");
try
{
    // 1. Stage: hand-offs spread over one minute, imported (clocks recorded with them) at 14:59:30, after the warnings.
    var staged = new ShiftedClock(minute - Duration.FromSeconds(30) - SystemClock.Instance.GetCurrentInstant());
    var database = SqliteDatabase.Open(Path.Combine(folder.FullName, "pactum.db"));
    var agreements = new AgreementStore(database, staged);
    using (var sample = new StreamReader(Assembly.GetExecutingAssembly().GetManifestResourceStream("company-x-internal.yaml")!))
    {
        agreements.Store("company-x-internal", "Company X", "internal", sample.ReadToEnd(), "bench");
    }

    var plans = new ClockPlans(agreements);
    var alarms = new ClockAlarms();
    var log = new EventLog(database, staged, new ClockProjector(plans, alarms));
    var handOff = minute - Duration.FromHours(1);
    var spacing = sameInstant ? Duration.Zero : Duration.FromMinutes(1) / leads;
    var importing = Stopwatch.StartNew();
    using (var session = log.BeginImport())
    {
        foreach (var chunk in Enumerable.Range(0, leads).Chunk(20_000))
        {
            session.Append(chunk.Select(i => new LeadEvent
            {
                EventId = $"h{i}", LeadId = $"B{i:D6}", Type = LeadEventType.HandedOff, OccurredAt = handOff + spacing * i, Owner = $"rep {i % 40}",
            }).ToList());
        }
    }

    Console.WriteLine($"staged {leads:N0} leads (3 clocks each) in {importing.Elapsed.TotalSeconds:F1} s");

    // 2. A fresh sweeper, as after a start-up: the queue rebuilt from the open runs.
    alarms.Clear(); // the staging process's queue is gone
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var sweeper = new ClockSweeper(database, plans, new ClockAlarms(), staged);
    var rebuilding = Stopwatch.StartNew();
    var queued = sweeper.Rebuild();
    var rebuilt = rebuilding.Elapsed;
    var queueBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
    Console.WriteLine($"queue rebuilt from the database: {queued:N0} alarms in {rebuilt.TotalMilliseconds:F0} ms, {queueBytes / 1048576.0:F1} MB of heap");

    // 3. Run the sweeper loop through the minute and record how late each breach was committed.
    var lags = new List<Duration>(leads);
    sweeper.Recorded += recorded =>
    {
        var committed = staged.GetCurrentInstant();
        lags.AddRange(recorded.Where(r => r.Alarm.State == ClockState.Breached).Select(r => committed - r.Alarm.At));
    };
    using var stop = new CancellationTokenSource();
    var running = sweeper.RunAsync(stop.Token);
    while (lags.Count < leads && staged.GetCurrentInstant() < minute + Duration.FromMinutes(2))
    {
        await Task.Delay(200);
    }

    await stop.CancelAsync();
    try
    {
        await running;
    }
    catch (OperationCanceledException)
    {
        // stopped
    }

    SqliteConnection.ClearAllPools();
    lags.Sort();
    using var check = new SqliteConnection($"Data Source={database.Path}");
    check.Open();
    using var count = check.CreateCommand();
    count.CommandText = "SELECT COUNT(*), COUNT(DISTINCT run_id) FROM clock_changes WHERE recorded_by = 'sweeper' AND state = 'breached'";
    using var reader = count.ExecuteReader();
    reader.Read();
    var (changes, runs) = (reader.GetInt64(0), reader.GetInt64(1));
    var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    string Ms(Duration d) => $"{d.TotalMilliseconds:F0} ms";
    Console.WriteLine($"breaches recorded: {lags.Count:N0} of {leads:N0} (rows: {changes:N0} for {runs:N0} runs)");
    if (lags.Count > 0)
    {
        Console.WriteLine($"lag after the due instant: median {Ms(lags[lags.Count / 2])}, p99 {Ms(lags[(int)(lags.Count * 0.99)])}, max {Ms(lags[^1])}");
    }

    Console.WriteLine($"peak working set: {peak:F0} MB");
    var pass = lags.Count == leads && changes == leads && runs == leads && lags[^1] <= target;
    Console.WriteLine(pass ? "PASS: every breach recorded once, within 1 s of its due instant" : "FAIL");
    return pass ? 0 : 1;
}
finally
{
    SqliteConnection.ClearAllPools();
    folder.Delete(recursive: true);
}
