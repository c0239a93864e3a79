using Pactum.Server.Infrastructure;

namespace Pactum.Server.Features.Compliance;

/// <summary>
/// Evaluates every agreement and generates its due status reports every <see cref="Interval"/> for as long as the
/// server runs, so that a period's verdict is recorded (and told) within minutes of its end, running periods show where
/// they stand, and status reports go out on schedule.
/// </summary>
public sealed class ComplianceEvaluatorService(ComplianceService compliance, StatusReportService statusReports, ILogger<ComplianceEvaluatorService> log) : RestartingService(log)
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
            statusReports.GenerateDue();
            await Task.Delay(Interval, stop);
        }
    }
}
