using System.Globalization;
using Commerce.Application.Abstractions;
using Commerce.Application.Catalog;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Application.Understanding;
using Commerce.Domain.Carts;
using Commerce.Domain.Catalog;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Cart;

/// <summary>
/// Changes one cart line the way a shopper says it: "make it 3", "nur noch eins", "remove one of the white sneakers",
/// "one more", "change the size to 44". The line is the one the words name, else the one just talked about.
/// </summary>
public sealed record ChangeCartLine(Guid ConversationId, string Language, CartEdit Edit, string Said) : IChatRequest;

public sealed class ChangeCartLineHandler(ICommerceDbContext db, ProductLookup lookup, ICatalogVocabularySource vocabulary, IMediator mediator, TimeProvider clock)
    : IRequestHandler<ChangeCartLine, OutboundReply>
{
    public async Task<OutboundReply> Handle(ChangeCartLine request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        var dialogue = DialogueTexts.For(request.Language);
        var conversation = (await db.Conversations.FindAsync([request.ConversationId], cancellationToken))!;
        var cart = await CartStore.FindAsync(db, request.ConversationId, cancellationToken);
        var products = cart is null ? [] : (await lookup.LoadAsync(cart.Lines.Select(l => l.ProductId).Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id);
        // Only words that name goods pick a line: "can I get 3 instead" means the line just talked about.
        var catalog = await vocabulary.CurrentAsync(cancellationToken);
        var words = ProductMatcher.DescribingWords(request.Edit.Rest).Where(w => catalog.Goods.Count == 0 || catalog.Goods.Contains(w)).ToList();
        var line = cart is null ? null : PickLine(cart, products, words, request.Edit.Rest, conversation.FocusProductId);

        if (line is null)
        {
            // "nur 2 t-shirts", "noch 2 socken": about goods not in the cart yet, so it is an order for them.
            if (request.Edit.Kind is CartEditKind.SetQuantity or CartEditKind.Increase && words.Count > 0)
                return await mediator.Send(new AddToCart(request.ConversationId, request.Language, null, null, request.Edit.Rest, request.Edit.Amount, request.Said), cancellationToken);
            if (cart is null || cart.IsEmpty)
                return OutboundReply.Of(new QuickRepliesPart(texts.CartEmpty, [new QuickReply(texts.ActionCategories, ActionPayload.Plain(ActionPayload.Categories))]));
            return await WithCartAsync(words.Count > 0 ? dialogue.NotInCart : dialogue.WhichLine, request, cancellationToken);
        }

        var product = products[line.ProductId];
        conversation.FocusOn(product.Id);
        var edit = Reinterpret(request.Edit, product);
        var now = clock.GetUtcNow();
        var variant = line.VariantId is { } v ? product.FindVariant(v) : null;
        var available = variant?.Stock ?? product.Stock;

        if (edit.Kind == CartEditKind.ChangeVariant)
        {
            var wanted = product.Variants.FirstOrDefault(x => TextNormalizer.Fold(x.Option.Value) == TextNormalizer.Fold(edit.Variant ?? ""));
            var name = product.Name.In(request.Language);
            if (wanted is null)
                return OutboundReply.Of(new TextPart(string.Format(dialogue.VariantNotOffered, name, edit.Variant, Sizes(product, dialogue))));
            if (wanted.Stock == 0)
                return OutboundReply.Of(new TextPart(string.Format(dialogue.VariantSoldOut, name, wanted.Option.Value, Sizes(product, dialogue))));
            var changed = cart!.ChangeVariant(line.Id, wanted.Id, wanted.Stock, now);
            if (!changed.IsSuccess)
                return OutboundReply.Of(new TextPart(string.Format(texts.OnlyAvailable, $"{name} ({wanted.Option.Value})", wanted.Stock)));
            return await WithCartAsync(string.Format(dialogue.VariantChanged, name, wanted.Option.Value), request, cancellationToken);
        }

        var amount = edit.Amount ?? 1;
        var quantity = edit.Kind switch
        {
            CartEditKind.SetQuantity => amount,
            CartEditKind.Decrease => Math.Max(0, line.Quantity - amount),
            _ => line.Quantity + amount,
        };
        if (quantity > Domain.Carts.Cart.MaxLineQuantity)
            return OutboundReply.Of(new TextPart(string.Format(dialogue.QuantityRange, Domain.Carts.Cart.MaxLineQuantity)));
        var title = variant is null ? product.Name.In(request.Language) : $"{product.Name.In(request.Language)} ({variant.Option.Value})";
        var set = cart!.SetQuantity(line.Id, quantity, available, now);
        if (!set.IsSuccess)
            return OutboundReply.Of(new TextPart(string.Format(texts.OnlyAvailable, title, available)));
        var said = quantity == 0 ? string.Format(texts.Removed, title) : string.Format(dialogue.QuantitySet, quantity, title);
        return await WithCartAsync(said, request, cancellationToken);
    }

    /// <summary>
    /// The words name the line ("the white sneakers"; a size among them picks between two sizes of one product); without
    /// words it is the product just talked about, or the only line.
    /// </summary>
    private static CartLine? PickLine(Domain.Carts.Cart cart, Dictionary<Guid, Product> products, IReadOnlyList<string> words, string rest, Guid? focus)
    {
        var lines = cart.Lines.Where(l => products.ContainsKey(l.ProductId)).ToList();
        if (lines.Count == 0)
            return null;
        List<CartLine> candidates;
        if (words.Count > 0)
        {
            var fitting = ProductMatcher.BestFitting(lines.Select(l => products[l.ProductId]).Distinct(), words).Select(p => p.Id).ToHashSet();
            candidates = lines.Where(l => fitting.Contains(l.ProductId)).ToList();
        }
        else
        {
            candidates = focus is { } f && lines.Any(l => l.ProductId == f) ? lines.Where(l => l.ProductId == f).ToList()
                : lines.Count == 1 ? lines : [];
        }
        if (candidates.Count <= 1)
            return candidates.FirstOrDefault();
        // Two sizes of one product: the size named picks one; otherwise the last one put in.
        var sized = candidates.FirstOrDefault(l => l.VariantId is { } v && products[l.ProductId].FindVariant(v) is { } variant
                                                   && VariantWords.Find(products[l.ProductId], rest) == variant);
        return sized ?? (candidates.Select(c => c.ProductId).Distinct().Count() == 1 ? candidates[^1] : null);
    }

    /// <summary>"make it 43" on sneakers means the size; "ändere auf 2" on sneakers (no size 2) means the quantity.</summary>
    private static CartEdit Reinterpret(CartEdit edit, Product product)
    {
        if (edit.Kind == CartEditKind.SetQuantity && edit.Amount is >= 20 and var amount
            && VariantWords.IsOptionValue(product, amount.ToString(CultureInfo.InvariantCulture)))
            return edit with { Kind = CartEditKind.ChangeVariant, Variant = amount.ToString(CultureInfo.InvariantCulture), Amount = null };
        if (edit.Kind == CartEditKind.ChangeVariant && edit.Variant is { } value && !VariantWords.IsOptionValue(product, value)
            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= 12)
            return edit with { Kind = CartEditKind.SetQuantity, Amount = count, Variant = null };
        return edit;
    }

    private static string Sizes(Product product, DialogueTexts texts)
    {
        var inStock = product.Variants.Ordered().Where(v => v.Stock > 0).Select(v => v.Option.Value).ToList();
        return inStock.Count == 0 ? texts.VariantNoneLeft : string.Join(", ", inStock);
    }

    private async Task<OutboundReply> WithCartAsync(string said, ChangeCartLine request, CancellationToken cancellationToken)
    {
        var cart = await mediator.Send(new ViewCart(request.ConversationId, request.Language), cancellationToken);
        return new OutboundReply([new TextPart(said), .. cart.Parts]);
    }
}
