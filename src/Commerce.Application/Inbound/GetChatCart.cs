using Commerce.Application.Abstractions;
using Commerce.Application.Cart;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Inbound;

/// <summary>The cart of a shopper's chat as the chat shows it; null when they have no conversation or an empty cart.</summary>
public sealed record GetChatCart(Channel Channel, string SenderId) : IQuery<CartPart?>;

public sealed class GetChatCartHandler(ICommerceDbContext db, IMediator mediator) : IRequestHandler<GetChatCart, CartPart?>
{
    public async Task<CartPart?> Handle(GetChatCart request, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.AsNoTracking()
            .Where(c => c.Channel == request.Channel && c.SenderId == request.SenderId)
            .Select(c => new { c.Id, c.Language })
            .FirstOrDefaultAsync(cancellationToken);
        if (conversation is null)
            return null;
        // The same lines, prices and total the chat's own "cart" answer shows.
        var reply = await mediator.Send(new ViewCart(conversation.Id, conversation.Language), cancellationToken);
        return reply.Parts.OfType<CartPart>().FirstOrDefault();
    }
}
