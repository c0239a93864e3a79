using System.Globalization;

namespace Pactum.Cli.Tests.Faults;

/// <summary>
/// How often a crash-safety test kills its process and where: <see cref="Count"/> runs (3, or <c>PACTUM_FAULT_RUNS</c>;
/// bench/faults/run.sh sets 50), their random kill points drawn from <see cref="Seed"/> (a fresh one, or
/// <c>PACTUM_FAULT_SEED</c> to repeat a failure). The problems a run finds are collected, not thrown, so that every run
/// counts; each run's figures are appended as one line to the file <c>PACTUM_FAULT_REPORT</c> names, when set.
/// </summary>
public sealed class FaultRuns
{
    private readonly string _scenario;
    private readonly List<string> _problems = [];

    private FaultRuns(string scenario, int count, int seed)
    {
        _scenario = scenario;
        Count = count;
        Seed = seed;
        Random = new Random(seed);
    }

    /// <summary>How many runs (kills) to make.</summary>
    public int Count { get; }

    /// <summary>The seed of <see cref="Random"/>.</summary>
    public int Seed { get; }

    /// <summary>The source of every random choice of the test (kill points, event order).</summary>
    public Random Random { get; }

    /// <summary>The runs of <paramref name="scenario"/> as the environment sets them.</summary>
    public static FaultRuns Of(string scenario) => new(
        scenario,
        Environment.GetEnvironmentVariable("PACTUM_FAULT_RUNS") is { Length: > 0 } runs ? int.Parse(runs, CultureInfo.InvariantCulture) : 3,
        Environment.GetEnvironmentVariable("PACTUM_FAULT_SEED") is { Length: > 0 } seed ? int.Parse(seed, CultureInfo.InvariantCulture) : Random.Shared.Next());

    /// <summary>Records the figures of run <paramref name="run"/> and the problems it found.</summary>
    public void Record(int run, bool killed, long acknowledged, TimeSpan killedAfter, IReadOnlyList<string> problems)
    {
        _problems.AddRange(problems.Select(p => $"run {run}: {p}"));
        if (Environment.GetEnvironmentVariable("PACTUM_FAULT_REPORT") is { Length: > 0 } report)
        {
            File.AppendAllText(report, FormattableString.Invariant(
                $"{_scenario} run={run} seed={Seed} killed={(killed ? 1 : 0)} killed_after_ms={(long)killedAfter.TotalMilliseconds} acknowledged={acknowledged} problems={problems.Count}\n"));
        }
    }

    /// <summary>Fails with every problem found and the seed that repeats them, when any run found one.</summary>
    public void AssertNoProblems() =>
        Assert.True(_problems.Count == 0, $"{_problems.Count} problems in {Count} runs of {_scenario} (PACTUM_FAULT_SEED={Seed} repeats them):\n{string.Join('\n', _problems)}");
}
