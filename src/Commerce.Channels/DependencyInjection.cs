using Commerce.Application.Messaging;
using Commerce.Channels.WebChat;
using Commerce.Channels.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Channels;

public static class DependencyInjection
{
    public static IServiceCollection AddWebChat(this IServiceCollection services)
    {
        services.AddSingleton<WebChatNotifier>();
        services.AddSingleton<IDeliveryObserver>(provider => provider.GetRequiredService<WebChatNotifier>());
        services.AddSingleton<IChannelSender, WebChatSender>();
        return services;
    }

    /// <summary>The lookup of webhook adapters by channel; each channel's registration adds its adapter.</summary>
    internal static IServiceCollection AddWebhookAdapters(this IServiceCollection services)
    {
        services.TryAddSingleton<WebhookAdapters>();
        return services;
    }
}
