using System.Diagnostics;

namespace Pactum.Cli.Tests.Faults;

/// <summary>
/// The <c>pactum</c> command line run as a child process (<c>dotnet pactum.dll …</c> from the test's build output), its
/// standard output and error collected line by line as they come, so that a test can kill it at any moment and still
/// read everything it printed before.
/// </summary>
public sealed class PactumProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly List<string> _error = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private PactumProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Collect(_output, e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(_error, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The time since the process was started.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Whether the process has ended (by itself or killed).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The exit code of the ended process.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>The lines of standard output read so far.</summary>
    public IReadOnlyList<string> Output => Snapshot(_output);

    /// <summary>The lines of standard error read so far.</summary>
    public IReadOnlyList<string> Error => Snapshot(_error);

    /// <summary>Starts <c>pactum</c> with <paramref name="args"/>.</summary>
    public static PactumProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pactum.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new PactumProcess(new Process { StartInfo = start });
    }

    /// <summary>Runs <c>pactum</c> with <paramref name="args"/> to its end (at most <paramref name="timeout"/>, else it is killed and this throws).</summary>
    public static PactumProcess Run(TimeSpan timeout, params string[] args)
    {
        var process = Start(args);
        if (!process.WaitForExit(timeout))
        {
            process.Dispose();
            throw new TimeoutException($"pactum {string.Join(' ', args)} did not end within {timeout}");
        }

        return process;
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the process to end; when it has, its output is read to the end.</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            return false;
        }

        _process.WaitForExit(); // drains the redirected output
        return true;
    }

    /// <summary>The first line of standard output matching <paramref name="match"/>, waiting up to <paramref name="timeout"/> for it.</summary>
    public async Task<string> WaitForOutputAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var until = _clock.Elapsed + timeout;
        while (_clock.Elapsed < until && !_process.HasExited)
        {
            if (Output.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            await Task.Delay(20);
        }

        return Output.FirstOrDefault(match)
            ?? throw new TimeoutException($"no such line within {timeout}; output: {string.Join(" | ", Output)}; error: {string.Join(" | ", Error)}");
    }

    /// <summary>Kills the process with SIGKILL (no chance to clean up) and waits until it is gone and its output read.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private static void Collect(List<string> lines, string? line)
    {
        if (line is not null)
        {
            lock (lines)
            {
                lines.Add(line);
            }
        }
    }

    private static List<string> Snapshot(List<string> lines)
    {
        lock (lines)
        {
            return [.. lines];
        }
    }
}
