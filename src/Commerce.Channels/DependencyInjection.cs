using Commerce.Application.Messaging;
using Commerce.Channels.WebChat;
using Microsoft.Extensions.DependencyInjection;

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
}
