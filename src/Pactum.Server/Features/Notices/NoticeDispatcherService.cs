using Pactum.Server.Infrastructure;

namespace Pactum.Server.Features.Notices;

/// <summary>Runs the notice dispatcher for as long as the server runs.</summary>
public sealed class NoticeDispatcherService(NoticeDispatcher dispatcher, ILogger<NoticeDispatcherService> log) : RestartingService(log)
{
    /// <inheritdoc />
    protected override Task RunAsync(CancellationToken stop) => dispatcher.RunAsync(stop);
}
