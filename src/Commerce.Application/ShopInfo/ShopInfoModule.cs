using Commerce.Application.Messaging;
using Commerce.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Application.ShopInfo;

public static class ShopInfoModule
{
    /// <summary>The shop information the merchant edits and the chat answers shoppers' questions about the shop from.</summary>
    public static IServiceCollection AddShopInfo(this IServiceCollection services)
    {
        services.AddHandler<GetShopInfo, ShopInfoDto, GetShopInfoHandler>();
        services.AddHandler<UpdateShopInfo, Result<ShopInfoDto>, UpdateShopInfoHandler>();
        services.AddHandler<AskShopInfo, OutboundReply, AskShopInfoHandler>();
        return services;
    }
}
