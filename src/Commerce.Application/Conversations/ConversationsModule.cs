using Commerce.Application.Cart;
using Commerce.Application.Catalog;
using Commerce.Application.Conversations.Merchant;
using Commerce.Domain.Common;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Application.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Application.Conversations;

public static class ConversationsModule
{
    /// <summary>The chat: understanding, the turn, and the catalog and cart use cases a turn can run.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddUnderstanding();
        services.AddScoped<TurnRouter>();
        services.AddScoped<ProductLookup>();
        services.AddScoped<ProductResolver>();
        services.AddScoped<ProductCards>();

        services.AddHandler<RunTurn, TurnOutcome, RunTurnHandler>();
        services.AddHandler<Merchant.GetConsolePulse, Merchant.ConsolePulse, Merchant.GetConsolePulseHandler>();
        services.AddHandler<SmallTalk, OutboundReply, SmallTalkHandler>();
        services.AddHandler<TalkToHuman, OutboundReply, TalkToHumanHandler>();
        services.AddHandler<ChangeOffersConsent, OutboundReply, ChangeOffersConsentHandler>();
        services.AddHandler<BrowseCategories, OutboundReply, BrowseCategoriesHandler>();
        services.AddHandler<ShowSearchResults, OutboundReply, ShowSearchResultsHandler>();
        services.AddHandler<ShowProduct, OutboundReply, ShowProductHandler>();
        services.AddHandler<AddToCart, OutboundReply, AddToCartHandler>();
        services.AddHandler<ChangeCartLine, OutboundReply, ChangeCartLineHandler>();
        services.AddHandler<AskAboutProduct, OutboundReply, AskAboutProductHandler>();
        services.AddHandler<NotUnderstood, OutboundReply, NotUnderstoodHandler>();
        services.AddHandler<ContinueWithBot, OutboundReply, ContinueWithBotHandler>();
        services.AddHandler<RemoveFromCart, OutboundReply, RemoveFromCartHandler>();
        services.AddHandler<ViewCart, OutboundReply, ViewCartHandler>();
        services.AddHandler<ClearCart, OutboundReply, ClearCartHandler>();
        services.AddHandler<OrderFromPlatformCatalog, OutboundReply, OrderFromPlatformCatalogHandler>();

        services.AddHandler<ListConversations, Result<PagedList<ConversationDto>>, ListConversationsHandler>();
        services.AddHandler<ReplyAsHuman, Result<long>, ReplyAsHumanHandler>();
        services.AddHandler<HandBackToBot, Result<ConversationDto>, HandBackToBotHandler>();
        services.AddHandler<GetConversationHistory, Result<ConversationHistory>, GetConversationHistoryHandler>();
        return services;
    }
}
