// The reports benchmark (bench/reports/README.md): a generated database of LEADS leads with ten events each, handed
// off evenly over 36 months (2024-01 to 2026-12); then waterfall + speed + depth of October 2026 in America/New_York,
// timed warm, against the same answer from a GROUP BY over the raw events in the sqlite3 command-line tool.
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Domain.Time;
using Pactum.Storage.Database;
using Pactum.Storage.Leads;
using Pactum.Storage.Reports;

var leads = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var folder = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "pactum-report-bench");
Directory.CreateDirectory(folder);
var path = Path.Combine(folder, $"reports-{leads}.db");
var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
var clock = SystemClock.Instance;

if (!File.Exists(path))
{
    var staging = Stopwatch.StartNew();
    var database = SqliteDatabase.Open(path + ".part");
    new ReportStore(database).Track(zone);
    var log = new EventLog(database, clock);
    var random = new Random(20261126);
    var first = Instant.FromUtc(2024, 1, 1, 0, 0);
    var span = Instant.FromUtc(2027, 1, 1, 0, 0) - first;
    string[] reps = ["Luis Ortega", "Maya Chen", "Priya Nair", "Sam Becker", "Ana Lima", "Ben Okafor", "Chloe Martin", "Dev Patel"];
    var chunk = new List<LeadEvent>(200_010);
    using (var session = log.BeginImport())
    {
        for (var i = 0; i < leads; i++)
        {
            var id = $"B{i:D7}";
            var handOff = first + Duration.FromTicks((long)(random.NextDouble() * span.BclCompatibleTicks));
            var created = handOff - Duration.FromMinutes(random.Next(30, 60 * 24 * 5));
            var owner = reps[random.Next(reps.Length)];
            LeadEvent E(string suffix, LeadEventType type, Instant at) => new() { EventId = id + suffix, LeadId = id, Type = type, OccurredAt = at, Owner = owner };
            chunk.Add(E("c", LeadEventType.LeadCreated, created) with { Owner = null, Source = LeadSources.All[random.Next(7)], Persona = "Manager" });
            chunk.Add(E("m", LeadEventType.Mql, created + Duration.FromMinutes(10)) with { Owner = null });
            chunk.Add(E("h", LeadEventType.HandedOff, handOff));
            chunk.Add(E("d", random.Next(10) < 8 ? LeadEventType.Accepted : LeadEventType.Rejected, handOff + Duration.FromMinutes(random.Next(5, 600))));
            var at = handOff + Duration.FromMinutes(random.Next(1, random.Next(10) == 0 ? 60 * 24 * 20 : 240));
            for (var a = 0; a < 5; a++)
            {
                chunk.Add(E($"a{a}", LeadEventType.Attempt, at) with { Channel = "phone", Outcome = "no answer" });
                at += Duration.FromMinutes(random.Next(60, 60 * 24 * 2));
            }

            chunk.Add(random.Next(10) < 4 ? E("k", LeadEventType.Connected, at) : E("r", LeadEventType.Recycled, at) with { Reason = "no response", Track = "awareness" });
            if (chunk.Count >= 200_000)
            {
                session.Append(chunk);
                chunk.Clear();
                Console.Error.Write($"\rstaged {i + 1:N0} leads");
            }
        }

        session.Append(chunk);
        session.Commit();
    }

    Console.Error.WriteLine();
    SqliteConnection.ClearAllPools();
    File.Move(path + ".part", path);
    File.Delete(path + ".part-wal");
    File.Delete(path + ".part-shm");
    Console.WriteLine($"staged {leads:N0} leads in {staging.Elapsed.TotalSeconds:N1} s");
}

var opening = Stopwatch.StartNew();
var db = SqliteDatabase.Open(path);
Console.WriteLine($"opened in {opening.Elapsed.TotalSeconds:N1} s (rows of an older projection are re-projected then)");
var events = new EventLog(db, clock).Count();
var book = new ReportBook(new ReportStore(db), new VisitStore(db), clock);
var month = new MonthSpan(new YearMonth(2026, 10), zone);
(long Waterfall, long Touched, decimal? Average, long Depth, decimal? Attempts) Run()
{
    var waterfall = book.Waterfall(month, 100);
    var speed = book.Speed(month, goal: 60);
    var depth = book.Depth(month, 6);
    return (waterfall.Days[^1].Actual, speed.Total.Touched, speed.Total.Average, depth.Total.Leads, depth.Total.AverageAttempts);
}

// Warm: the JIT recompiles a method at its final tier after 30 calls and a short delay, so the first runs are slower.
const int WarmUp = 40;
for (var i = 0; i < WarmUp; i++)
{
    Run();
}

const int Runs = 100;
var times = new List<double>();
var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
var answer = Run();
for (var i = 0; i < Runs; i++)
{
    var watch = Stopwatch.StartNew();
    answer = Run();
    times.Add(watch.Elapsed.TotalMilliseconds);
}

times.Sort();
double P(double q) => times[(int)Math.Ceiling(q * times.Count) - 1];
Console.WriteLine($"database: {leads:N0} leads, {events:N0} events, {new FileInfo(path).Length / 1e6:N0} MB");
Console.WriteLine($"pactum  waterfall+speed+depth, October 2026 America/New_York: median {P(0.5):N1} ms, p95 {P(0.95):N1} ms, max {times[^1]:N1} ms ({Runs} warm runs after {WarmUp} to warm up)");
Console.WriteLine($"pactum  garbage collections in those runs: {GC.CollectionCount(0) - gen0} / {GC.CollectionCount(1) - gen1} / {GC.CollectionCount(2) - gen2} (gen 0 / 1 / 2), paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms");
Console.WriteLine($"pactum  answer: handed off {answer.Waterfall:N0}; touched {answer.Touched:N0}, average {answer.Average} min; not connected {answer.Depth:N0}, {answer.Attempts} attempts");

// The same answer from the raw events with the sqlite3 tool: each lead's first hand-off in the month (its bounds in New
// York), its first attempt at or after it, and the attempts of the leads never connected.
var (from, to) = (month.Start.ToUnixTimeTicks(), month.End.ToUnixTimeTicks());
var sql = $"""
    .timer on
    CREATE TEMP TABLE h AS SELECT lead_id, MIN(occurred_ticks) AS t FROM lead_events WHERE type = 'handed_off' AND occurred_ticks >= {from} AND occurred_ticks < {to} GROUP BY lead_id;
    SELECT 'waterfall', COUNT(*) FROM h;
    SELECT 'speed', COUNT(*), ROUND(AVG(ROUND((a.t - h.t) / 600000000.0, 2)), 2) FROM h JOIN (SELECT e.lead_id, MIN(e.occurred_ticks) AS t FROM lead_events e JOIN h ON h.lead_id = e.lead_id WHERE e.type = 'attempt' AND e.occurred_ticks >= h.t GROUP BY e.lead_id) a USING (lead_id);
    SELECT 'depth', COUNT(*), ROUND(AVG(n), 2) FROM (SELECT h.lead_id, SUM(e.type = 'attempt') AS n, SUM(e.type = 'connected') AS c FROM h JOIN lead_events e ON e.lead_id = h.lead_id GROUP BY h.lead_id) WHERE c = 0;
    """;
var total = Stopwatch.StartNew();
var sqlite = Process.Start(new ProcessStartInfo("sqlite3", ["-readonly", path]) { RedirectStandardInput = true, RedirectStandardOutput = true })!;
await sqlite.StandardInput.WriteAsync(sql);
sqlite.StandardInput.Close();
var output = await sqlite.StandardOutput.ReadToEndAsync();
await sqlite.WaitForExitAsync();
Console.WriteLine($"sqlite3 GROUP BY over the raw events (one run, cold process): {total.Elapsed.TotalMilliseconds:N0} ms");
Console.Write(output);
var pass = P(0.95) < 50;
Console.WriteLine(pass ? "PASS: p95 under 50 ms" : "FAIL: p95 50 ms or more");
return pass ? 0 : 1;
