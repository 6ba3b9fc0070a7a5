using Commerce.Application.Abstractions;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Cart;

public sealed record ClearCart(Guid ConversationId, string Language) : IChatRequest;

public sealed class ClearCartHandler(ICommerceDbContext db, TimeProvider clock) : IRequestHandler<ClearCart, OutboundReply>
{
    public async Task<OutboundReply> Handle(ClearCart request, CancellationToken cancellationToken)
    {
        var cart = await CartStore.FindAsync(db, request.ConversationId, cancellationToken);
        cart?.Clear(clock.GetUtcNow());
        return OutboundReply.Of(new TextPart(ReplyTexts.For(request.Language).Cleared));
    }
}
