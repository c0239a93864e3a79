namespace Pactum.Server.Features.Notices;

/// <summary>Runs the notice dispatcher every <see cref="NoticeDispatcher.Interval"/> for as long as the server runs.</summary>
public sealed class NoticeDispatcherService(NoticeDispatcher dispatcher, ILogger<NoticeDispatcherService> log) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The notice dispatcher failed a round; it goes on.");
            }

            await Task.Delay(NoticeDispatcher.Interval, stoppingToken);
        }
    }
}
