using Pactum.Storage.Clocks;

namespace Pactum.Server.Features.Clocks;

/// <summary>Runs the clock sweeper for as long as the server runs.</summary>
public sealed class ClockSweeperService(ClockSweeper sweeper, ILogger<ClockSweeperService> log) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sweeper.RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The clock sweeper failed; it starts again in 5 seconds.");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }
}
