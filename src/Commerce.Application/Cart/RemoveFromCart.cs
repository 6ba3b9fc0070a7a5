using Commerce.Application.Abstractions;
using Commerce.Application.Catalog;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Cart;

/// <summary>Removes a line chosen by button (product/variant) or by words matched against the cart's products.</summary>
public sealed record RemoveFromCart(Guid ConversationId, string Language, Guid? ProductId, Guid? VariantId, string? Query) : IChatRequest;

public sealed class RemoveFromCartHandler(ICommerceDbContext db, ProductLookup lookup, TimeProvider clock, IMediator mediator)
    : IRequestHandler<RemoveFromCart, OutboundReply>
{
    public async Task<OutboundReply> Handle(RemoveFromCart request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        var cart = await CartStore.FindAsync(db, request.ConversationId, cancellationToken);
        if (cart is null || cart.IsEmpty)
            return OutboundReply.Of(new TextPart(texts.CartEmpty));

        var products = await lookup.LoadAsync(cart.Lines.Select(l => l.ProductId).Distinct().ToList(), cancellationToken);
        var target = request.ProductId is { } id
            ? products.FirstOrDefault(p => p.Id == id)
            : ProductMatcher.Best(products, request.Query, request.Language);
        if (target is null)
            return OutboundReply.Of(new TextPart(DialogueTexts.For(request.Language).NotInCart));

        cart.Remove(l => l.ProductId == target.Id && (request.VariantId is null || l.VariantId == request.VariantId), clock.GetUtcNow());
        var removed = new TextPart(string.Format(texts.Removed, target.Name.In(request.Language)));
        var rest = await mediator.Send(new ViewCart(request.ConversationId, request.Language), cancellationToken);
        return new OutboundReply([removed, .. rest.Parts]);
    }
}
