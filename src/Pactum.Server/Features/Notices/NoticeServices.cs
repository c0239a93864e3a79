namespace Pactum.Server.Features.Notices;

/// <summary>The notices feature's services: the outbox, the webhook client behind its address guard, and the dispatcher.</summary>
internal static class NoticeServices
{
    public static IServiceCollection AddNotices(this IServiceCollection services)
    {
        services.AddSingleton<Pactum.Storage.Notices.NoticeOutbox>();
        services.AddHttpClient(WebhookSender.ClientName, (provider, client) => client.Timeout = Settings(provider).Timeout.ToTimeSpan())
            .ConfigurePrimaryHttpMessageHandler(provider => TargetGuard.Handler(Settings(provider)))
            .RemoveAllLoggers(); // the default request log writes the URL, and for chat tools the URL is the secret
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<NoticeDispatcher>();
        return services;
    }

    private static Pactum.Domain.Notices.NoticeSettings Settings(IServiceProvider provider) => provider.GetRequiredService<PactumServerOptions>().Notices;
}
