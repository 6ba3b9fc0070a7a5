using Commerce.Application.Cart;
using Commerce.Application.Catalog;
using Commerce.Application.Checkout;
using Commerce.Application.Orders;
using Commerce.Application.Messaging;
using Commerce.Application.Privacy;
using Commerce.Application.Understanding;
using Commerce.Domain.Conversations;
using UnderstandingResult = Commerce.Application.Understanding.Understanding;

namespace Commerce.Application.Conversations;

/// <summary>
/// Decides which use case answers a shopper's turn: button payloads parse exactly, free text goes through the
/// recogniser, and a pending question (which size?) gets first go at a short answer.
/// </summary>
public sealed class TurnRouter(IIntentRecognizer recognizer, ICatalogVocabularySource vocabulary, ProductLookup lookup)
{
    public sealed record Route(IChatRequest Request, string Intent, string? DetectedLanguage);

    public async Task<Route> RouteAsync(InboundMessage message, Conversation conversation, CancellationToken cancellationToken)
    {
        var id = conversation.Id;
        if (message.Payload is { Length: > 0 } payload)
            return FromPayload(ActionPayload.TryParse(payload), conversation);

        if (message.NativeOrder is { Count: > 0 } order)
            return new Route(new OrderFromPlatformCatalog(id, conversation.Language, order), Intents.Checkout, null);

        var text = message.Text?.Trim() ?? "";
        if (text.Length == 0 && message.Attachments is { Count: > 0 } attachments && attachments.All(a => a.Type == InboundAttachment.Sticker))
            return new Route(new SmallTalk(id, conversation.Language, SmallTalkKind.Sticker), "sticker", null);
        if (text.Length == 0 && message.Attachments is { Count: > 0 })
            return new Route(new SmallTalk(id, conversation.Language, SmallTalkKind.Image), "image", null);
        if (TextNormalizer.Tokenize(text).Count == 0)
            return new Route(new SmallTalk(id, conversation.Language, SmallTalkKind.Empty), Intents.Unknown, null);

        if (LinkCode.FindIn(text) is { } code)
            return new Route(new RedeemLinkCode(id, conversation.Language, code), "link_code", null);

        if (await AnswersPendingChoiceAsync(text, conversation, cancellationToken))
            return new Route(new AddToCart(id, conversation.Language, conversation.PendingVariantProductId, null, text, null), Intents.AddToCart, null);

        var catalog = await vocabulary.CurrentAsync(cancellationToken);
        var understood = recognizer.Recognize(text, conversation.Language, catalog);
        if (understood.IsUnsure)
        {
            // Acting on a guess (emptying a cart, cancelling an order) costs more than asking: offer the ways on instead.
            return new Route(new SmallTalk(id, conversation.Language, SmallTalkKind.Unknown), Intents.Unknown, null);
        }
        var language = understood.Intent == Intents.Unknown ? conversation.Language : understood.Language;
        return new Route(FromIntent(understood, id, language, text), understood.Intent, understood.Intent == Intents.Unknown ? null : understood.Language);
    }

    private static IChatRequest FromIntent(UnderstandingResult understood, Guid id, string language, string text)
    {
        var entities = understood.Entities;
        return understood.Intent switch
        {
            Intents.Greeting => new SmallTalk(id, language, SmallTalkKind.Greeting),
            Intents.Help => new SmallTalk(id, language, SmallTalkKind.Help),
            Intents.BrowseCatalog => new BrowseCategories(id, language),
            Intents.SearchProducts => new ShowSearchResults(id, language, entities.Query),
            Intents.AddToCart => new AddToCart(id, language, null, null, entities.Query, entities.Quantity, text),
            Intents.ViewCart => new ViewCart(id, language),
            Intents.RemoveFromCart => new RemoveFromCart(id, language, null, null, entities.Query),
            Intents.ClearCart => new ClearCart(id, language),
            Intents.Checkout => new StartCheckout(id, language),
            Intents.OrderStatus => new ShowOrderStatus(id, language, entities.OrderNumber),
            Intents.CancelOrder => new CancelOrderInChat(id, language, entities.OrderNumber),
            Intents.TalkToHuman => new TalkToHuman(id, language),
            Intents.Subscribe => new ChangeOffersConsent(id, language, Subscribe: true),
            Intents.Unsubscribe => new ChangeOffersConsent(id, language, Subscribe: false),
            Intents.Thanks => new SmallTalk(id, language, SmallTalkKind.Thanks),
            Intents.EraseData => new AskToErase(id, language),
            Intents.LinkChannel => new RequestLinkCode(id, language),
            Intents.ShopInfo => new ShopInfo.AskShopInfo(id, language, entities.Topic),
            _ => new SmallTalk(id, language, SmallTalkKind.Unknown),
        };
    }

    private static Route FromPayload(ActionPayload? action, Conversation conversation)
    {
        var (id, language) = (conversation.Id, conversation.Language);
        IChatRequest request = action switch
        {
            { Verb: ActionPayload.Show, ProductId: { } p } => new ShowProduct(id, language, p),
            { Verb: ActionPayload.Add, ProductId: { } p } => new AddToCart(id, language, p, action.VariantId, null, null),
            { Verb: ActionPayload.Remove, ProductId: { } p } => new RemoveFromCart(id, language, p, action.VariantId, null),
            { Verb: ActionPayload.Cart } => new ViewCart(id, language),
            { Verb: ActionPayload.Clear } => new ClearCart(id, language),
            { Verb: ActionPayload.Checkout } => new StartCheckout(id, language),
            { Verb: ActionPayload.Categories } => new BrowseCategories(id, language),
            { Verb: ActionPayload.Category } => new BrowseCategories(id, language, action.Argument),
            { Verb: ActionPayload.Help } => new SmallTalk(id, language, SmallTalkKind.Help),
            { Verb: ActionPayload.Start } => new SmallTalk(id, language, SmallTalkKind.Greeting),
            { Verb: ActionPayload.Human } => new TalkToHuman(id, language),
            { Verb: ActionPayload.Language, Argument: "de" or "en" } => SwitchLanguage(conversation, action.Argument),
            { Verb: ActionPayload.Erase, Argument: AskToEraseHandler.Yes or AskToEraseHandler.No } =>
                new EraseInChat(id, language, action.Argument == AskToEraseHandler.Yes),
            { Verb: ActionPayload.ShopInfo } => new ShopInfo.AskShopInfo(id, language, action.Argument),
            _ => new SmallTalk(id, language, SmallTalkKind.Unknown),
        };
        return new Route(request, action is null ? Intents.Unknown : $"payload:{action.Verb}", null);
    }

    private static IChatRequest SwitchLanguage(Conversation conversation, string language)
    {
        conversation.ChooseLanguage(language);
        return new SmallTalk(conversation.Id, conversation.Language, SmallTalkKind.Help);
    }

    /// <summary>After "which size?", a reply such as "42" or "Größe M" picks the variant.</summary>
    private async Task<bool> AnswersPendingChoiceAsync(string text, Conversation conversation, CancellationToken cancellationToken)
    {
        if (conversation.PendingVariantProductId is not { } productId)
            return false;
        var product = await lookup.FindAsync(productId, cancellationToken);
        if (product is null)
            return false;
        var words = TextNormalizer.Tokenize(text).Select(t => t.Norm).ToHashSet();
        return words.Count <= 4 && product.Variants.Any(v => words.Contains(TextNormalizer.Fold(v.Option.Value)));
    }
}
