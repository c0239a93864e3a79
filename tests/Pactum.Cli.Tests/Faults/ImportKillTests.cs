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
    private const string ChunkSize = "1000";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void ImportEvents_KilledAtRandomMoments_KeepsEveryAcknowledgedEventAndResumesToTheCleanResult()
    {
        var runs = FaultRuns.Of("import");
        var file = EventFile.Write(leads: 2_000, runs.Random);
        var cleanDatabase = Database();
        using var clean = PactumProcess.Run(Patience, Import(file, cleanDatabase));
        var cleanDuration = clean.Elapsed;
        var cleanTotals = JsonDocument.Parse(string.Join('\n', clean.Output)).RootElement;
        var expected = EventLogAudit.Of(cleanDatabase);
        Assert.Equal(0, clean.ExitCode);
        Assert.Empty(expected.Problems("after a clean import"));
        Assert.Equal(file.EventIds.Count, cleanTotals.GetProperty("taken").GetInt32() + cleanTotals.GetProperty("duplicates").GetInt32());
        Delete(cleanDatabase);

        for (var run = 1; run <= runs.Count; run++)
        {
            var killAfter = TimeSpan.FromMilliseconds(runs.Random.Next((int)cleanDuration.TotalMilliseconds));
            var problems = new List<string>();
            var (killed, acknowledged) = (false, 0L);
            try
            {
                (killed, acknowledged) = KillAndResume(file, killAfter, expected, problems);
            }
            catch (Exception ex) when (ex is TimeoutException or JsonException or InvalidOperationException)
            {
                problems.Add(ex.Message);
            }

            runs.Record(run, killed, acknowledged, killAfter, problems);
        }

        runs.AssertNoProblems();
    }

    /// <summary>
    /// Imports <paramref name="file"/> into a new database, kills the import after <paramref name="killAfter"/>, checks
    /// what it left, imports the file again and checks that it ends as <paramref name="clean"/> did. Answers whether
    /// the kill came before the import ended, and how many rows it had acknowledged.
    /// </summary>
    private static (bool Killed, long Acknowledged) KillAndResume(EventFile file, TimeSpan killAfter, EventLogAudit clean, List<string> problems)
    {
        var database = Database();
        try
        {
            return KillAndResume(file, database, killAfter, clean, problems);
        }
        finally
        {
            Delete(database);
        }
    }

    private static (bool Killed, long Acknowledged) KillAndResume(EventFile file, string database, TimeSpan killAfter, EventLogAudit clean, List<string> problems)
    {
        long acknowledged;
        bool killed;
        using (var import = PactumProcess.Start(Import(file, database)))
        {
            killed = !import.WaitForExit(killAfter);
            if (killed)
            {
                import.Kill();
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

        return (killed, acknowledged);
    }

    private static string[] Import(EventFile file, string database) =>
        ["import", "events", file.Path, "--db", database, "--json", "--chunk-size", ChunkSize, "--progress-json"];

    private static string Database() => Path.Combine(Path.GetDirectoryName(CliRun.TempFile("x", ""))!, "pactum.db");

    private static void Delete(string database) => Directory.Delete(Path.GetDirectoryName(database)!, recursive: true);
}
