using Pactum.Server.Infrastructure;

namespace Pactum.Server.Features.Compliance;

/// <summary>
/// Evaluates every agreement every <see cref="Interval"/> for as long as the server runs, so that a period's verdict is
/// recorded (and told) within minutes of its end, and running periods show where they stand.
/// </summary>
public sealed class ComplianceEvaluatorService(ComplianceService compliance, ILogger<ComplianceEvaluatorService> log) : RestartingService(log)
{
    /// <summary>How often agreements are evaluated.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    protected override async Task RunAsync(CancellationToken stop)
    {
        await Task.Delay(TimeSpan.FromSeconds(10), stop); // let the server start (and the demo load) first
        while (!stop.IsCancellationRequested)
        {
            compliance.EvaluateAll();
            await Task.Delay(Interval, stop);
        }
    }
}
