using Commerce.Application.Abstractions;
using Commerce.Application.Catalog;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Application.Understanding;
using Commerce.Domain.Catalog;
using Commerce.Domain.Conversations;
using MediatR;

namespace Commerce.Application.Cart;

/// <summary>
/// Puts a product into the cart: by button (product, maybe variant) or by words ("2 weiße t-shirts", "the second one").
/// Asks for the variant when there is a choice; refuses what is out of stock and offers alternatives.
/// </summary>
/// <param name="Said">The shopper's whole message, for references such as "das zweite" that are not part of a product query.</param>
public sealed record AddToCart(Guid ConversationId, string Language, Guid? ProductId, Guid? VariantId, string? Query, int? Quantity, string? Said = null) : IChatRequest;

public sealed class AddToCartHandler(ICommerceDbContext db, ProductLookup lookup, ProductCards cards, TimeProvider clock)
    : IRequestHandler<AddToCart, OutboundReply>
{
    public async Task<OutboundReply> Handle(AddToCart request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        var conversation = (await db.Conversations.FindAsync([request.ConversationId], cancellationToken))!;
        var quantity = request.Quantity ?? conversation.PendingQuantity;
        if (quantity is < 1 or > Domain.Carts.Cart.MaxLineQuantity)
            return OutboundReply.Of(new TextPart(request.Language == "en" ? $"Please choose a quantity from 1 to {Domain.Carts.Cart.MaxLineQuantity}." : $"Bitte wähle eine Menge von 1 bis {Domain.Carts.Cart.MaxLineQuantity}."));

        var product = await ResolveAsync(request, conversation, cancellationToken);
        if (product is null)
        {
            return request.Query is { Length: > 0 } query
                ? OutboundReply.Of(new TextPart(string.Format(texts.NothingFound, query)))
                : OutboundReply.Of(new TextPart(texts.WhichProduct));
        }

        if (product.Status == ProductStatus.Archived)
            return await WithAlternativesAsync(texts.NotAvailable, product, request.Language, conversation, cancellationToken);

        var variant = request.VariantId is { } variantId ? product.FindVariant(variantId) : VariantFromWords(product, request.Query);
        if (product.HasVariants && variant is null)
            return AskForVariant(product, quantity, conversation, request.Language, texts);

        conversation.ClearPendingChoice();
        var name = variant is null ? product.Name.In(request.Language) : $"{product.Name.In(request.Language)} ({variant.Option.Value})";
        var available = variant?.Stock ?? product.Stock;
        if (available == 0)
            return await WithAlternativesAsync(string.Format(texts.OutOfStock, name), product, request.Language, conversation, cancellationToken);

        var cart = await CartStore.GetOrCreateAsync(db, conversation.Id, clock.GetUtcNow(), cancellationToken);
        var added = cart.Add(product.Id, variant?.Id, quantity, available, clock.GetUtcNow());
        if (!added.IsSuccess)
        {
            var inCart = cart.QuantityOf(product.Id, variant?.Id);
            return OutboundReply.Of(new TextPart(string.Format(texts.OnlyAvailable, name, Math.Max(0, available - inCart))));
        }

        return OutboundReply.Of(new QuickRepliesPart(string.Format(texts.Added, quantity, name), [
            new QuickReply(texts.ActionCart, ActionPayload.Plain(ActionPayload.Cart)),
            new QuickReply(texts.ActionCheckout, ActionPayload.Plain(ActionPayload.Checkout)),
            new QuickReply(texts.ActionCategories, ActionPayload.Plain(ActionPayload.Categories)),
        ]));
    }

    private async Task<Product?> ResolveAsync(AddToCart request, Conversation conversation, CancellationToken cancellationToken)
    {
        if (request.ProductId is { } id)
            return await lookup.FindAsync(id, cancellationToken);
        if ((ProductReference.Resolve(request.Query, conversation) ?? ProductReference.ResolveOrdinal(request.Said, conversation)) is { } referenced)
            return await lookup.FindAsync(referenced, cancellationToken);
        if (string.IsNullOrWhiteSpace(request.Query))
            return conversation.PendingVariantProductId is { } pending ? await lookup.FindAsync(pending, cancellationToken) : null;
        var hits = await lookup.SearchAsync(request.Query, request.Language, 1, cancellationToken);
        return hits.Count > 0 ? hits[0] : null;
    }

    /// <summary>"t-shirt weiß größe M" or "sneaker in 42": a word that is exactly one of the product's option values.</summary>
    private static Variant? VariantFromWords(Product product, string? query)
    {
        if (!product.HasVariants || string.IsNullOrWhiteSpace(query))
            return null;
        var words = TextNormalizer.Tokenize(query).Select(t => t.Norm).ToHashSet();
        return product.Variants.FirstOrDefault(v => words.Contains(TextNormalizer.Fold(v.Option.Value)));
    }

    private OutboundReply AskForVariant(Product product, int quantity, Conversation conversation, string language, ReplyTexts texts)
    {
        var inStock = product.Variants.Ordered().Where(v => v.Stock > 0).ToList();
        if (inStock.Count == 0)
            return OutboundReply.Of(new TextPart(string.Format(texts.OutOfStock, product.Name.In(language))));
        conversation.AwaitVariantChoice(product.Id, quantity);
        conversation.Showed([product.Id]);
        var question = string.Format(texts.AskVariant, product.Variants[0].Option.Name.In(language), product.Name.In(language));
        return OutboundReply.Of(
            new CarouselPart([cards.Card(product, language)]),
            new QuickRepliesPart(question, inStock.Select(v => new QuickReply(v.Option.Value, ActionPayload.AddProduct(product.Id, v.Id))).ToList()));
    }

    private async Task<OutboundReply> WithAlternativesAsync(string text, Product product, string language, Conversation conversation, CancellationToken cancellationToken)
    {
        var alternatives = await lookup.AlternativesAsync(product, 5, cancellationToken);
        if (alternatives.Count == 0)
            return OutboundReply.Of(new TextPart(text));
        conversation.Showed(alternatives.Select(p => p.Id));
        return OutboundReply.Of(new TextPart(text), new TextPart(ReplyTexts.For(language).Alternatives), cards.Carousel(alternatives, language));
    }
}
