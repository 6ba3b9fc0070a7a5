using Commerce.Application.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Application.Inbound;

public static class InboundModule
{
    /// <summary>What happens to what the channels receive: accepting a webhook's batch, and the web chat's reads.</summary>
    public static IServiceCollection AddInbound(this IServiceCollection services)
    {
        services.AddScoped<MarketingConsents>();
        services.AddScoped<DeliveryStatuses>();
        services.AddScoped<ShopperBlocks>();
        services.AddHandler<AcceptInbound, InboundAccepted, AcceptInboundHandler>();
        services.AddHandler<CountUnanswered, int, CountUnansweredHandler>();
        services.AddHandler<GetWebChatMessages, IReadOnlyList<WebChatMessage>, GetWebChatMessagesHandler>();
        services.AddHandler<GetChatCart, CartPart?, GetChatCartHandler>();
        return services;
    }
}
