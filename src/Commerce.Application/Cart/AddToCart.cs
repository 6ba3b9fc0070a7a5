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

public sealed class AddToCartHandler(ICommerceDbContext db, ProductLookup lookup, ProductResolver resolver, ProductCards cards, TimeProvider clock)
    : IRequestHandler<AddToCart, OutboundReply>
{
    public async Task<OutboundReply> Handle(AddToCart request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        var dialogue = DialogueTexts.For(request.Language);
        var conversation = (await db.Conversations.FindAsync([request.ConversationId], cancellationToken))!;
        var quantity = request.Quantity ?? conversation.PendingQuantity;
        if (quantity is < 1 or > Domain.Carts.Cart.MaxLineQuantity)
            return OutboundReply.Of(new TextPart(string.Format(dialogue.QuantityRange, Domain.Carts.Cart.MaxLineQuantity)));

        var resolved = await ResolveAsync(request, conversation, cancellationToken);
        if (resolved.IsAmbiguous)
            return WhichOne(resolved.Candidates, conversation, request.Language, dialogue);
        if (resolved.Product is not { } product)
        {
            // The shopper's words are not echoed: a garbled query quoted back reads as mockery, not help.
            return OutboundReply.Of(new QuickRepliesPart(string.IsNullOrWhiteSpace(request.Query) ? texts.WhichProduct : dialogue.NothingFound, [
                new QuickReply(texts.ActionCategories, ActionPayload.Plain(ActionPayload.Categories)),
                new QuickReply(texts.ActionCart, ActionPayload.Plain(ActionPayload.Cart)),
            ]));
        }

        conversation.FocusOn(product.Id);
        if (product.Status == ProductStatus.Archived)
            return await WithAlternativesAsync(texts.NotAvailable, product, request.Language, conversation, cancellationToken);

        var variant = request.VariantId is { } variantId ? product.FindVariant(variantId) : VariantWords.Find(product, request.Said ?? request.Query, request.Quantity);
        if (variant is not null && request.Quantity is { } stated && variant.Option.Value == stated.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && CountOf(request.Said, variant.Option.Value) == 1)
            quantity = conversation.PendingVariantProductId == product.Id ? conversation.PendingQuantity : 1; // "jeans 32": the number was the size
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

        return OutboundReply.Of(new QuickRepliesPart(dialogue.Added(quantity, name), [
            new QuickReply(texts.ActionCart, ActionPayload.Plain(ActionPayload.Cart)),
            new QuickReply(texts.ActionCheckout, ActionPayload.Plain(ActionPayload.Checkout)),
            new QuickReply(texts.ActionCategories, ActionPayload.Plain(ActionPayload.Categories)),
        ]));
    }

    private async Task<Resolved> ResolveAsync(AddToCart request, Conversation conversation, CancellationToken cancellationToken)
    {
        if (request.ProductId is { } id)
            return await lookup.FindAsync(id, cancellationToken) is { } product ? new Resolved(product, [product]) : Resolved.None;
        return await resolver.ResolveAsync(request.Query, request.Said, conversation, request.Language, cancellationToken);
    }

    private static int CountOf(string? text, string value) =>
        TextNormalizer.Tokenize(text).Count(t => t.Norm == TextNormalizer.Fold(value));

    /// <summary>Several shown products fit the words ("die schwarzen"): show just those and let the shopper tap.</summary>
    private OutboundReply WhichOne(IReadOnlyList<Product> candidates, Conversation conversation, string language, DialogueTexts texts)
    {
        conversation.Showed(candidates.Select(p => p.Id));
        return OutboundReply.Of(new TextPart(texts.WhichOfThese), cards.Carousel(candidates, language));
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
