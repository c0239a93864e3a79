using System.Text.Json;

namespace Pactum.Cli.Tests.Faults;

/// <summary>
/// Crash safety of <c>pactum import events</c> (issue 18): the real command line, killed with SIGKILL at random moments
/// of an import committed in small chunks, leaves a sound database holding every acknowledged event once, and running
/// the import again ends where a clean import does.
/// </summary>
public sealed class ImportKillTests
{
    /// <summary>Events per committed chunk: about twenty chunks in the file, so kills land between and inside them.</summary>
    private const int ChunkSize = 1_000;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void ImportEvents_KilledAtRandomMoments_KeepsEveryAcknowledgedEventAndResumesToTheCleanResult()
    {
        var runs = FaultRuns.Of("import");
        var file = EventFile.Write(leads: 2_000, runs.Random);
        var cleanDatabase = Database();
        using var clean = PactumProcess.Run(Patience, Import(file, cleanDatabase));
        var chunks = (file.EventIds.Count + ChunkSize - 1) / ChunkSize;
        var chunkTime = (int)clean.Elapsed.TotalMilliseconds / chunks; // more than a chunk takes: the start-up is in it
        var cleanTotals = JsonDocument.Parse(string.Join('\n', clean.Output)).RootElement;
        var expected = EventLogAudit.Of(cleanDatabase);
        Assert.Equal(0, clean.ExitCode);
        Assert.Empty(expected.Problems("after a clean import"));
        Assert.Equal(file.EventIds.Count, cleanTotals.GetProperty("taken").GetInt32() + cleanTotals.GetProperty("duplicates").GetInt32());
        Delete(cleanDatabase);

        for (var run = 1; run <= runs.Count; run++)
        {
            var kill = new KillPoint(runs.Random.Next(chunks), TimeSpan.FromMilliseconds(runs.Random.Next(chunkTime)));
            var problems = new List<string>();
            var (killed, acknowledged, killedAfter) = (false, 0L, TimeSpan.Zero);
            try
            {
                (killed, acknowledged, killedAfter) = KillAndResume(file, kill, expected, problems);
            }
            catch (Exception ex) when (ex is TimeoutException or JsonException or InvalidOperationException)
            {
                problems.Add(ex.Message);
            }

            runs.Record(run, killed, acknowledged, killedAfter, problems);
        }

        runs.AssertNoProblems();
    }

    /// <summary>
    /// Imports <paramref name="file"/> into a new database, kills the import at <paramref name="kill"/>, checks what it
    /// left, imports the file again and checks that it ends as <paramref name="clean"/> did. Answers whether the kill
    /// came before the import ended, how many rows it had acknowledged, and when it came.
    /// </summary>
    private static (bool Killed, long Acknowledged, TimeSpan KilledAfter) KillAndResume(EventFile file, KillPoint kill, EventLogAudit clean, List<string> problems)
    {
        var database = Database();
        try
        {
            return KillAndResume(file, database, kill, clean, problems);
        }
        finally
        {
            Delete(database);
        }
    }

    private static (bool Killed, long Acknowledged, TimeSpan KilledAfter) KillAndResume(EventFile file, string database, KillPoint kill, EventLogAudit clean, List<string> problems)
    {
        long acknowledged;
        bool killed;
        TimeSpan killedAfter;
        using (var import = PactumProcess.Start(Import(file, database)))
        {
            while (import.Error.Count(l => l.StartsWith('{')) < kill.Acknowledgements && !import.HasExited)
            {
                Thread.Sleep(1);
            }

            killed = !import.WaitForExit(kill.Delay);
            killedAfter = import.Elapsed;
            if (killed)
            {
                import.Kill();
            }
            else if (import.ExitCode != 0)
            {
                problems.Add($"the import ended by itself before the kill, with exit code {import.ExitCode}: {string.Join(" | ", import.Error.Where(l => !l.StartsWith('{')))}");
            }

            acknowledged = import.Error.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("rows").GetInt64()).DefaultIfEmpty(0).Max();
        }

        var afterKill = EventLogAudit.Of(database);
        problems.AddRange(afterKill.Problems("after the kill"));
        var lost = file.EventIds.Take((int)acknowledged).Where(id => !afterKill.EventIds.ContainsKey(id)).ToList();
        if (lost.Count > 0)
        {
            problems.Add($"{lost.Count} of the {acknowledged} acknowledged events are missing after the kill, e.g. {lost[0]}");
        }

        using var resumed = PactumProcess.Run(Patience, Import(file, database));
        var totals = JsonDocument.Parse(string.Join('\n', resumed.Output)).RootElement;
        var (taken, duplicates) = (totals.GetProperty("taken").GetInt64(), totals.GetProperty("duplicates").GetInt64());
        if (resumed.ExitCode != 0 || taken + duplicates != file.EventIds.Count || duplicates < acknowledged)
        {
            problems.Add($"the import run again exited {resumed.ExitCode} with {taken} taken and {duplicates} duplicates of {file.EventIds.Count} rows ({acknowledged} acknowledged before the kill)");
        }

        var final = EventLogAudit.Of(database);
        problems.AddRange(final.Problems("after the import run again"));
        if (final.EventIds.Count != clean.EventIds.Count || final.Checksum != clean.Checksum)
        {
            problems.Add($"after the import run again the database holds {final.EventIds.Count} events (checksum {final.Checksum[..12]}), a clean import {clean.EventIds.Count} ({clean.Checksum[..12]})");
        }

        return (killed, acknowledged, killedAfter);
    }

    private static string[] Import(EventFile file, string database) =>
        ["import", "events", file.Path, "--db", database, "--json", "--chunk-size", ChunkSize.ToString(System.Globalization.CultureInfo.InvariantCulture), "--progress-json"];

    private static string Database() => Path.Combine(Path.GetDirectoryName(CliRun.TempFile("x", ""))!, "pactum.db");

    private static void Delete(string database) => Directory.Delete(Path.GetDirectoryName(database)!, recursive: true);

    /// <summary>Where an import is killed: <see cref="Delay"/> after its <see cref="Acknowledgements"/>th acknowledged chunk (after its start for 0).</summary>
    private sealed record KillPoint(int Acknowledgements, TimeSpan Delay);
}
