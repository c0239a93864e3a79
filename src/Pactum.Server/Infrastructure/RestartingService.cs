namespace Pactum.Server.Infrastructure;

/// <summary>
/// A background loop that runs for as long as the server runs: when <see cref="RunAsync"/> fails, the error is logged
/// and the loop starts again after <see cref="Pause"/>, so one bad round (a locked database, a bug on one row) does not
/// stop the service for good.
/// </summary>
public abstract class RestartingService(ILogger log) : BackgroundService
{
    /// <summary>How long to wait before starting again after a failure.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(5);

    /// <summary>The loop; it returns only when <paramref name="stop"/> is cancelled.</summary>
    protected abstract Task RunAsync(CancellationToken stop);

    /// <inheritdoc />
    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "{Service} failed; it starts again in {Pause}.", GetType().Name, Pause);
                await Task.Delay(Pause, stoppingToken);
            }
        }
    }
}
