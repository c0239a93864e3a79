using Pactum.Server.Infrastructure;

namespace Pactum.Server.Features.Routing;

/// <summary>
/// Runs a <see cref="LeadRouter"/> round every <see cref="Interval"/> for as long as the server runs, so events from any
/// door (the API, webhooks, CSV files, the command line) are routed within seconds, recycle rules come due on time and
/// a missed first touch is reassigned soon after the breach.
/// </summary>
public sealed class RoutingService(LeadRouter router, ILogger<RoutingService> log) : RestartingService(log)
{
    /// <summary>How often a round runs.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    protected override async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            router.Sweep();
            await Task.Delay(Interval, stop);
        }
    }
}
