using Commerce.Application.Cart;
using Commerce.Application.Catalog;
using Commerce.Application.Checkout;
using Commerce.Application.Orders;
using Commerce.Application.Messaging;
using Commerce.Application.Privacy;
using Commerce.Application.Understanding;
using Commerce.Domain.Conversations;
using Commerce.Application.Abstractions;
using Microsoft.EntityFrameworkCore;
using UnderstandingResult = Commerce.Application.Understanding.Understanding;

namespace Commerce.Application.Conversations;

/// <summary>
/// Decides which use case answers a shopper's turn: button payloads parse exactly, free text goes through the
/// recogniser, and a pending question (which size?) gets first go at a short answer.
/// </summary>
public sealed class TurnRouter(IIntentRecognizer recognizer, ICatalogVocabularySource vocabulary, ProductLookup lookup, ICommerceDbContext db)
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
        if (message.Attachments is { Count: > 0 } photos && photos.Any(a => a.Type != InboundAttachment.Sticker))
            return new Route(new TalkToHuman(id, conversation.Language, SentPhoto: true), "image", null);
        var tokens = TextNormalizer.Tokenize(text);
        if (tokens.Count == 0)
            return new Route(new SmallTalk(id, conversation.Language, SmallTalkKind.Empty), Intents.Unknown, null);

        if (LinkCode.FindIn(text) is { } code)
            return new Route(new RedeemLinkCode(id, conversation.Language, code), "link_code", null);

        if (await AnswersPendingChoiceAsync(text, conversation, cancellationToken))
            return new Route(new AddToCart(id, conversation.Language, conversation.PendingVariantProductId, null, text, null), Intents.AddToCart, null);

        // On WhatsApp and elsewhere shoppers often type a button's words ("ja", "Warenkorb") instead of tapping it.
        if (await TypedOptionAsync(tokens, conversation, cancellationToken) is { } typed)
            return FromPayload(ActionPayload.TryParse(typed), conversation);

        var catalog = await vocabulary.CurrentAsync(cancellationToken);
        var understood = recognizer.Recognize(text, conversation.Language, catalog);
        var said = understood.Intent == Intents.Unknown ? conversation.Language : understood.Language;
        var detected = understood.Intent == Intents.Unknown ? null : understood.Language;

        // "make it 3", "nur noch eins", "remove one of the white sneakers", "change the size to 44"
        if (CartEditReader.Read(text) is { } edit && understood.Intent is not (Intents.OrderStatus or Intents.CancelOrder or Intents.ShopInfo))
            return new Route(new ChangeCartLine(id, said, edit, text), "cart_edit", detected);

        if (AsksToSeeReference(tokens, conversation) && ProductReference.ResolveOrdinal(text, conversation) is { } shown)
            return new Route(new ShowProduct(id, said, shown), "show_product", detected);

        if (TakesWhatWasShown(tokens, understood, conversation))
            return new Route(new AddToCart(id, said, null, null, null, understood.Entities.Quantity, text), Intents.AddToCart, detected);

        // "habt ihr die roten sneaker in 45?", "ist die daunenjacke wasserdicht?", "does it come in 45?"
        if (IsProductQuestion(text, tokens, understood, conversation, catalog))
            return new Route(new AskAboutProduct(id, said, understood.Entities.Query, text), "product_question", detected);

        if (understood.Intent == Intents.Unknown || (understood.IsUnsure && !Harmless.Contains(understood.Intent)))
        {
            // Acting on a guess (emptying a cart, cancelling an order) costs more than asking: offer the likeliest ways on.
            return new Route(new NotUnderstood(id, conversation.Language, understood.Likely ?? []), Intents.Unknown, null);
        }
        return new Route(FromIntent(understood, id, understood.Language, text), understood.Intent, understood.Language);
    }

    /// <summary>Intents whose use case only shows or adds something: a guess costs the shopper nothing, so it is acted on.</summary>
    private static readonly HashSet<string> Harmless =
    [
        Intents.Greeting, Intents.Help, Intents.BrowseCatalog, Intents.SearchProducts, Intents.AddToCart, Intents.ViewCart,
        Intents.OrderStatus, Intents.Thanks, Intents.ShopInfo,
    ];

    private static readonly HashSet<string> QuestionStarts =
    [
        "is", "are", "does", "do", "has", "have", "can", "ist", "sind", "hat", "habt", "haben", "gibt", "gibts", "kann", "koennt",
    ];

    private static readonly HashSet<string> PointingWords = ["it", "es", "sie", "die", "der", "das", "den", "they", "them", "this", "that", "these", "those"];

    /// <summary>
    /// A question about one product: phrased as a question, read as a search (or not understood at all), and either naming
    /// goods or pointing ("it", "die") at a product just shown.
    /// </summary>
    private static bool IsProductQuestion(string text, IReadOnlyList<Token> tokens, UnderstandingResult understood, Conversation conversation, CatalogVocabulary catalog)
    {
        if (understood.Intent is not (Intents.SearchProducts or Intents.Unknown or Intents.Help or Intents.BrowseCatalog) && !understood.IsUnsure)
            return false;
        var question = text.TrimEnd().EndsWith('?') || QuestionStarts.Contains(tokens[0].Norm);
        if (!question)
            return false;
        if (tokens.Any(t => catalog.Goods.Contains(t.Norm)))
            return true;
        // Pointing ("does it come in 45?", "ist die wasserdicht?") only about a size or something product descriptions speak of:
        // "when will it arrive?" is no question about the product just shown.
        var points = tokens.Any(t => PointingWords.Contains(t.Norm)) && (conversation.FocusProductId is not null || conversation.LastShownProductIds.Count > 0);
        return points && (NumberWords.MarkedSizeAt(tokens) >= 0 || tokens.Any(t => t.Norm.Length >= CatalogVocabulary.StartLength && catalog.WordStarts.Contains(t.Norm[..CatalogVocabulary.StartLength])));
    }

    private static readonly HashSet<string> ShowWords =
        ["show", "me", "more", "details", "detail", "about", "tell", "info", "infos", "zeig", "zeige", "mir", "genauer", "mehr", "ueber", "zu", "dem", "zum", "bild", "picture"];

    /// <summary>"zeig mir das zweite genauer", "tell me more about the second one": the product card, not the cart.</summary>
    private static bool AsksToSeeReference(IReadOnlyList<Token> tokens, Conversation conversation) =>
        conversation.LastShownProductIds.Count > 0 && tokens.Count <= 8
        && tokens.Any(t => ShowWords.Contains(t.Norm) && t.Norm is not ("me" or "mir" or "zu" or "dem" or "zum" or "about" or "ueber"))
        && ProductReference.ResolveOrdinal(string.Join(' ', tokens.Select(t => t.Norm)), conversation) is not null
        && ProductMatcher.DescribingWords(string.Join(' ', tokens.Select(t => t.Norm))).All(w => ProductReference.IsOrdinal(w) || ShowWords.Contains(w));

    /// <summary>
    /// That one, please, right after products were shown: "das zweite", "the second one" (a bare ordinal carries no verb,
    /// so a reading as removal is a guess from its shape: "the second one" also ends "remove the second one"); or "add it",
    /// "ok pack die in M ein", "leg sie in L in den warenkorb" (a verb like "pack" is no goods word, "warenkorb" no
    /// request to see the cart).
    /// </summary>
    private static bool TakesWhatWasShown(IReadOnlyList<Token> tokens, UnderstandingResult understood, Conversation conversation)
    {
        var harmless = understood.Intent is Intents.Unknown or Intents.AddToCart or Intents.SearchProducts or Intents.Help or Intents.Greeting;
        return (IsBareReference(tokens, conversation) && (harmless || understood.Intent == Intents.RemoveFromCart))
               || (IsBareAdd(tokens, conversation) && (harmless || understood.Intent is Intents.ViewCart or Intents.BrowseCatalog));
    }

    private static readonly HashSet<string> AddVerbs =
        ["add", "take", "buy", "nehm", "nehme", "nimm", "pack", "packe", "packen", "einpacken", "leg", "lege", "legen", "tu", "tue", "kauf", "kaufe"];

    /// <summary>An adding verb, a product just shown or in focus, and no word describing a product: "add it", "pack die in M ein".</summary>
    private static bool IsBareAdd(IReadOnlyList<Token> tokens, Conversation conversation) =>
        (conversation.LastShownProductIds.Count > 0 || conversation.FocusProductId is not null) && tokens.Count <= 8
        && tokens.Any(t => AddVerbs.Contains(t.Norm))
        && ProductMatcher.DescribingWords(string.Join(' ', tokens.Select(t => t.Norm))).Count == 0;

    /// <summary>An ordinal and nothing that names goods: "das zweite", "ich nehme die zweite", "the second one".</summary>
    private static bool IsBareReference(IReadOnlyList<Token> tokens, Conversation conversation) =>
        conversation.LastShownProductIds.Count > 0 && tokens.Count <= 6
        && ProductReference.ResolveOrdinal(string.Join(' ', tokens.Select(t => t.Norm)), conversation) is not null
        && ProductMatcher.DescribingWords(string.Join(' ', tokens.Select(t => t.Norm))).All(w => ProductReference.IsOrdinal(w));

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
            _ => new NotUnderstood(id, language, understood.Likely ?? []),
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
            { Verb: ActionPayload.Orders } => new ShowOrderStatus(id, language, null),
            { Verb: ActionPayload.OrderStatus } => new ShowOrderStatus(id, language, action.Argument),
            { Verb: ActionPayload.CancelOrder } => new CancelOrderInChat(id, language, action.Argument),
            { Verb: ActionPayload.CancelConfirmed } => new CancelOrderInChat(id, language, action.Argument, Confirmed: true),
            { Verb: ActionPayload.CancelDeclined } => new CancelOrderInChat(id, language, action.Argument, Confirmed: false),
            { Verb: ActionPayload.Bot } => new ContinueWithBot(id, language),
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

    private static readonly HashSet<string> Yes = ["ja", "jap", "jo", "jawohl", "yes", "yep", "yeah", "yea", "ok", "okay", "klar", "genau", "sure", "gerne", "gern", "bitte", "please", "do", "it"];
    private static readonly HashSet<string> No = ["nein", "nee", "ne", "no", "nope", "nah", "lieber", "nicht", "doch", "not", "dont"];

    /// <summary>
    /// A short message that is a button of the last reply: its title typed out, or yes/no to a question that has a yes and
    /// a no button (cancelling an order, erasing data). The answer is then exactly as if the button had been tapped.
    /// </summary>
    private async Task<string?> TypedOptionAsync(IReadOnlyList<Token> tokens, Conversation conversation, CancellationToken cancellationToken)
    {
        if (tokens.Count > 4)
            return null;
        var last = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ConversationId == conversation.Id && m.Kind == OutboxMessage.ResponseKind)
            .OrderByDescending(m => m.Id).Select(m => m.Reply).FirstOrDefaultAsync(cancellationToken);
        var options = last?.Parts.OfType<QuickRepliesPart>().LastOrDefault()?.Options;
        if (options is not { Count: > 0 })
            return null;
        var said = string.Join(' ', tokens.Select(t => t.Norm));
        if (options.FirstOrDefault(o => string.Join(' ', TextNormalizer.Tokenize(o.Title).Select(t => t.Norm)) == said) is { } titled)
            return titled.Payload;

        var confirms = options.Count == 2 && options.All(o => ActionPayload.TryParse(o.Payload)?.Verb is ActionPayload.CancelConfirmed or ActionPayload.CancelDeclined or ActionPayload.Erase);
        if (!confirms)
            return null;
        var words = tokens.Select(t => t.Norm).ToList();
        if (words.All(No.Contains) || words[0] is "nein" or "no" or "nee" or "nope")
            return options[1].Payload;
        return words.All(Yes.Contains) ? options[0].Payload : null;
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
