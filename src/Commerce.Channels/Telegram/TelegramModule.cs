using Commerce.Application.Messaging;
using Commerce.Channels.Telegram;
using Commerce.Channels.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// In the Commerce.Channels namespace beside AddWebChat, so the host needs no extra using.
namespace Commerce.Channels;

public static class TelegramModule
{
    /// <summary>
    /// Registers the Telegram channel when <c>Channels:Telegram:BotToken</c> and <c>:SecretToken</c> are set. Without
    /// them no sender is registered (the outbox records replies as undeliverable) and the webhook answers 404.
    /// </summary>
    public static IServiceCollection AddTelegramChannel(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TelegramOptions.Section);
        services.Configure<TelegramOptions>(section);
        services.AddWebhookAdapters();
        services.AddSingleton<IWebhookAdapter, TelegramWebhookAdapter>();
        if (section.Get<TelegramOptions>() is not { IsEnabled: true })
            return services;

        // The bot token is part of every request path; the factory's default loggers would write it to the log.
        // The client lives in singletons, so connections are recycled by the handler instead of by the factory
        // (https://learn.microsoft.com/dotnet/fundamentals/networking/http/httpclient-guidelines).
        services.AddHttpClient<TelegramBotClient>(http => http.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.AddSingleton<TelegramRenderer>();
        services.AddSingleton<TelegramRateLimiter>();
        services.AddSingleton<TelegramCallbackAnswerer>();
        services.AddHostedService(provider => provider.GetRequiredService<TelegramCallbackAnswerer>());
        services.AddSingleton<IChannelSender, TelegramSender>();
        return services;
    }
}
