using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Pactum.Cli.Tests.Faults;

/// <summary>
/// Crash safety of <c>pactum serve</c> (issue 18): the real server, killed with SIGKILL while batches of events are in
/// flight, has every batch it answered 200 in full and no batch in part, and after a restart on the same file it answers
/// and takes the batches again as duplicates.
/// </summary>
public sealed class ServeKillTests
{
    private const int Batches = 40;
    private const int BatchSize = 250;
    private const int Senders = 2;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Serve_KilledWhileBatchesAreInFlight_KeepsEveryAnsweredBatchWholeAndNoneInPart()
    {
        var runs = FaultRuns.Of("serve");
        for (var run = 1; run <= runs.Count; run++)
        {
            var batches = EventBatch.Set(Batches, BatchSize, leads: 400, runs.Random);
            var killWhenAnswered = runs.Random.Next(Batches / 2);
            var killDelay = TimeSpan.FromMilliseconds(runs.Random.Next(50));
            var database = Path.Combine(Path.GetDirectoryName(CliRun.TempFile("x", ""))!, "pactum.db");
            var problems = new List<string>();
            var (killed, acknowledged, killedAfter) = (false, 0L, TimeSpan.Zero);
            try
            {
                (killed, acknowledged, killedAfter) = await KillAndRestartAsync(database, batches, killWhenAnswered, killDelay, problems);
            }
            catch (Exception ex) when (ex is TimeoutException or JsonException or HttpRequestException or InvalidOperationException)
            {
                problems.Add(ex.Message);
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(database)!, recursive: true);
            }

            runs.Record(run, killed, acknowledged, killedAfter, problems);
        }

        runs.AssertNoProblems();
    }

    /// <summary>
    /// Serves a new database, sends <paramref name="batches"/> from <see cref="Senders"/> clients at once, kills the
    /// server <paramref name="killDelay"/> after <paramref name="killWhenAnswered"/> batches were answered, checks the
    /// database, restarts the server on it and sends every batch again. Answers whether batches were still unanswered
    /// at the kill, how many events were acknowledged (answered 200) before it, and when it came.
    /// </summary>
    private static async Task<(bool Killed, long Acknowledged, TimeSpan KilledAfter)> KillAndRestartAsync(
        string database, IReadOnlyList<EventBatch> batches, int killWhenAnswered, TimeSpan killDelay, List<string> problems)
    {
        var answered = new ConcurrentDictionary<int, JsonElement>();
        TimeSpan killedAfter;
        using (var server = PactumProcess.Start(Serve(database)))
        using (var client = new HttpClient { BaseAddress = await AddressAsync(server), Timeout = Patience })
        {
            var next = -1;
            var sending = Enumerable.Range(0, Senders).Select(_ => Task.Run(async () =>
            {
                for (var b = Interlocked.Increment(ref next); b < batches.Count; b = Interlocked.Increment(ref next))
                {
                    using var response = await client.PostAsync("/api/events", new StringContent(batches[b].Json, Encoding.UTF8, "application/json"));
                    if (response.IsSuccessStatusCode)
                    {
                        answered[b] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totals");
                    }
                    else
                    {
                        lock (problems)
                        {
                            problems.Add($"batch {b} was answered {(int)response.StatusCode} before the kill");
                        }
                    }
                }
            })).ToList();
            while (answered.Count < killWhenAnswered && !sending.All(s => s.IsCompleted))
            {
                await Task.Delay(1);
            }

            await Task.Delay(killDelay);
            killedAfter = server.Elapsed;
            var endedByItself = server.HasExited;
            server.Kill();
            await Task.WhenAll(sending.Select(s => s.ContinueWith(_ => { }, TaskScheduler.Default))); // a request cut by the kill fails: not acknowledged
            if (endedByItself)
            {
                problems.Add($"the server ended by itself before the kill, with exit code {server.ExitCode}: {string.Join(" | ", server.Error)}");
            }
        }

        var acknowledged = answered.Keys.ToHashSet();
        var afterKill = EventLogAudit.Of(database);
        problems.AddRange(afterKill.Problems("after the kill"));
        for (var b = 0; b < batches.Count; b++)
        {
            var present = batches[b].EventIds.Count(afterKill.EventIds.ContainsKey);
            if ((present != 0 && present != BatchSize) || (acknowledged.Contains(b) && present != BatchSize))
            {
                problems.Add($"batch {b} ({(acknowledged.Contains(b) ? "answered 200" : "unanswered")}) has {present} of its {BatchSize} events after the kill");
            }
        }

        problems.AddRange(answered.Where(a => a.Value.GetProperty("taken").GetInt32() != BatchSize).Select(a => $"batch {a.Key} was answered {a.Value} before the kill"));
        await ResendAsync(database, batches, acknowledged, problems);
        var final = EventLogAudit.Of(database);
        problems.AddRange(final.Problems("after the batches were sent again"));
        if (final.EventIds.Count != batches.Count * BatchSize)
        {
            problems.Add($"{final.EventIds.Count} events are logged after the batches were sent again, not {batches.Count * BatchSize}");
        }

        return (acknowledged.Count < batches.Count, acknowledged.Count * (long)BatchSize, killedAfter);
    }

    /// <summary>Restarts the server on <paramref name="database"/> and sends every batch again: the acknowledged ones are duplicates, the others whole.</summary>
    private static async Task ResendAsync(string database, IReadOnlyList<EventBatch> batches, HashSet<int> acknowledged, List<string> problems)
    {
        using var server = PactumProcess.Start(Serve(database));
        using var client = new HttpClient { BaseAddress = await AddressAsync(server), Timeout = Patience };
        for (var b = 0; b < batches.Count; b++)
        {
            using var response = await client.PostAsync("/api/events", new StringContent(batches[b].Json, Encoding.UTF8, "application/json"));
            var totals = response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totals") : default;
            var (taken, duplicates) = response.IsSuccessStatusCode ? (totals.GetProperty("taken").GetInt32(), totals.GetProperty("duplicates").GetInt32()) : (0, 0);
            if (acknowledged.Contains(b) ? duplicates != BatchSize : taken != BatchSize && duplicates != BatchSize)
            {
                problems.Add($"batch {b} sent again after the restart was answered {(int)response.StatusCode}: {taken} taken, {duplicates} duplicates ({(acknowledged.Contains(b) ? "answered 200" : "unanswered")} before the kill)");
            }
        }
    }

    /// <summary>The address the server says it listens on, once it does.</summary>
    private static async Task<Uri> AddressAsync(PactumProcess server)
    {
        const string running = "Pactum is running at ";
        var line = await server.WaitForOutputAsync(l => l.StartsWith(running, StringComparison.Ordinal), Patience);
        return new Uri(line[running.Length..].Split(',')[0].Trim());
    }

    private static string[] Serve(string database) => ["serve", "--db", database, "--urls", "http://127.0.0.1:0"];
}
