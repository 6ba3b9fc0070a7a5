using Commerce.Application.Abstractions;
using Commerce.Application.Catalog;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Application.Understanding;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Cart;

/// <summary>The cart's lines with live prices and the total.</summary>
public sealed record ViewCart(Guid ConversationId, string Language) : IChatRequest;

public sealed class ViewCartHandler(ICommerceDbContext db, ProductLookup lookup) : IRequestHandler<ViewCart, OutboundReply>
{
    public async Task<OutboundReply> Handle(ViewCart request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        var cart = await CartStore.FindAsync(db, request.ConversationId, cancellationToken);
        if (cart is null || cart.IsEmpty)
            return OutboundReply.Of(new QuickRepliesPart(texts.CartEmpty, [new QuickReply(texts.ActionCategories, ActionPayload.Plain(ActionPayload.Categories))]));

        var products = (await lookup.LoadAsync(cart.Lines.Select(l => l.ProductId).Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id);
        var lines = new List<CartPartLine>();
        var total = 0m;
        var currency = "EUR";
        foreach (var line in cart.Lines.Where(l => products.ContainsKey(l.ProductId)))
        {
            var product = products[line.ProductId];
            var variant = line.VariantId is { } v ? product.FindVariant(v) : null;
            var title = variant is null ? product.Name.In(request.Language) : $"{product.Name.In(request.Language)} ({variant.Option.Value})";
            var lineTotal = product.Price.Amount * line.Quantity;
            total += lineTotal;
            currency = product.Price.Currency;
            lines.Add(new CartPartLine(title, line.Quantity, PriceFormatter.Format(lineTotal, currency, request.Language), ActionPayload.RemoveProduct(line.ProductId, line.VariantId)));
        }

        var totalText = PriceFormatter.Format(total, currency, request.Language);
        var text = string.Join('\n', lines.Select(l => $"{l.Quantity} × {l.Title} — {l.LineTotal}").Prepend(texts.CartHeader).Append(string.Format(texts.CartTotal, totalText)));
        return OutboundReply.Of(
            new CartPart(lines, totalText, text),
            new QuickRepliesPart(texts.CartNext, [
                new QuickReply(texts.ActionCheckout, ActionPayload.Plain(ActionPayload.Checkout)),
                new QuickReply(texts.ActionClear, ActionPayload.Plain(ActionPayload.Clear)),
                new QuickReply(texts.ActionCategories, ActionPayload.Plain(ActionPayload.Categories)),
            ]));
    }
}
