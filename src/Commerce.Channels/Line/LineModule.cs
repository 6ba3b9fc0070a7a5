using Commerce.Application.Messaging;
using Commerce.Channels.Line;
using Commerce.Channels.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// In the Commerce.Channels namespace beside AddWebChat, so the host needs no extra using.
namespace Commerce.Channels;

public static class LineModule
{
    /// <summary>
    /// Registers the LINE channel when <c>Channels:Line:ChannelSecret</c> and <c>:ChannelAccessToken</c> are set.
    /// Without them no sender is registered (the outbox records replies as undeliverable) and the webhook answers 404.
    /// </summary>
    public static IServiceCollection AddLineChannel(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(LineOptions.Section);
        services.Configure<LineOptions>(section);
        services.AddWebhookAdapters();
        services.AddSingleton<IWebhookAdapter, LineWebhookAdapter>();
        if (section.Get<LineOptions>() is not { IsEnabled: true })
            return services;

        // The client lives in singletons, so connections are recycled by the handler instead of by the factory
        // (https://learn.microsoft.com/dotnet/fundamentals/networking/http/httpclient-guidelines). Request logging is off:
        // content URLs name shoppers' message ids, and nothing of a request is worth a log line per send.
        services.AddHttpClient<LineMessagingClient>(http => http.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.AddSingleton<LineRenderer>();
        services.AddSingleton<IChannelSender, LineSender>();
        services.AddHostedService<LineContentFetcher>();
        return services;
    }
}
