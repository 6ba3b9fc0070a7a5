using Commerce.Application.Messaging;
using Commerce.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Application.Privacy;

public static class PrivacyModule
{
    /// <summary>Export, erasure (merchant and shopper), linking chats with one-time codes, and retention.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>();
        services.AddScoped<ShopperErasure>();
        services.AddHandler<RequestLinkCode, OutboundReply, RequestLinkCodeHandler>();
        services.AddHandler<RedeemLinkCode, OutboundReply, RedeemLinkCodeHandler>();
        services.AddHandler<AskToErase, OutboundReply, AskToEraseHandler>();
        services.AddHandler<EraseInChat, OutboundReply, EraseInChatHandler>();
        services.AddHandler<ExportConversation, Result<ShopperExport>, ExportConversationHandler>();
        services.AddHandler<GetPhoto, Result<StoredPhoto>, GetPhotoHandler>();
        services.AddHandler<EraseConversation, Result<ErasureReport>, EraseConversationHandler>();
        services.AddHandler<PruneExpiredData, PruneReport, PruneExpiredDataHandler>();
        return services;
    }
}
