using Pactum.Server.Infrastructure;
using Pactum.Storage.Clocks;

namespace Pactum.Server.Features.Clocks;

/// <summary>Runs the clock sweeper for as long as the server runs.</summary>
public sealed class ClockSweeperService(ClockSweeper sweeper, ILogger<ClockSweeperService> log) : RestartingService(log)
{
    /// <inheritdoc />
    protected override Task RunAsync(CancellationToken stop) => sweeper.RunAsync(stop);
}
