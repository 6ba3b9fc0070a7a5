using Commerce.Application.Abstractions;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Domain.Orders;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Orders;

/// <summary>A shopper cancels their own order (the named one, or the latest open one) before it ships.</summary>
public sealed record CancelOrderInChat(Guid ConversationId, string Language, string? OrderNumber) : IChatRequest;

public sealed class CancelOrderInChatHandler(ICommerceDbContext db, OrderActions actions) : IRequestHandler<CancelOrderInChat, OutboundReply>
{
    public async Task<OutboundReply> Handle(CancelOrderInChat request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        var chats = await Conversations.Shoppers.ChatsOfAsync(db, request.ConversationId, cancellationToken);
        var own = db.Orders.Where(o => chats.Contains(o.ConversationId));
        var order = request.OrderNumber is { Length: > 0 } number
            ? await OrderFinder.FindAsync(own, number, cancellationToken)
            : await own.Where(o => o.Status == OrderStatus.PendingPayment || o.Status == OrderStatus.Paid)
                .OrderByDescending(o => o.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (order is null)
            return OutboundReply.Of(new TextPart(request.OrderNumber is { Length: > 0 } n ? string.Format(texts.OrderNotFound, n) : texts.NoOrders));
        if (order.Status is not (OrderStatus.PendingPayment or OrderStatus.Paid))
            return OutboundReply.Of(new TextPart(string.Format(texts.CannotCancel, order.Number, texts.Status(order.Status))));

        var result = await actions.CancelAsync(order, "shopper: cancelled in chat", repeatIsError: false, cancellationToken);
        if (!result.IsSuccess)
            return OutboundReply.Of(new TextPart(texts.PaymentUnavailable));
        await db.SaveChangesAsync(cancellationToken);
        return OutboundReply.Empty; // the cancellation notice comes from the order's own status change
    }
}
