using Commerce.Application.Abstractions;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Domain.Orders;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Orders;

/// <summary>"Wo ist meine Bestellung (10042)?" — only ever the shopper's own orders from this conversation.</summary>
public sealed record ShowOrderStatus(Guid ConversationId, string Language, string? OrderNumber) : IChatRequest;

public sealed class ShowOrderStatusHandler(ICommerceDbContext db) : IRequestHandler<ShowOrderStatus, OutboundReply>
{
    public async Task<OutboundReply> Handle(ShowOrderStatus request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        var chats = await Conversations.Shoppers.ChatsOfAsync(db, request.ConversationId, cancellationToken);
        var own = db.Orders.AsNoTracking().Where(o => chats.Contains(o.ConversationId));
        if (request.OrderNumber is { Length: > 0 } number)
        {
            var order = await OrderFinder.FindAsync(own, number, cancellationToken);
            return order is null ? OutboundReply.Of(new TextPart(string.Format(texts.OrderNotFound, number))) : Detail(order, request.Language);
        }

        var recent = await own.OrderByDescending(o => o.CreatedAt).Take(3).ToListAsync(cancellationToken);
        return recent.Count switch
        {
            0 => OutboundReply.Of(new TextPart(texts.NoOrders)),
            1 => Detail(recent[0], request.Language),
            _ => OutboundReply.Of(new TextPart(string.Join('\n', recent.Select(o => OrderReplies.StatusLine(o, request.Language)).Prepend(texts.YourOrders)))),
        };
    }

    private static OutboundReply Detail(Order order, string language)
    {
        var texts = ReplyTexts.For(language);
        var line = OrderReplies.StatusLine(order, language);
        if (order.Status is OrderStatus.Fulfilled && OrderReplies.TrackingUrl(order.Carrier, order.TrackingNumber) is { } url)
            return OutboundReply.Of(new LinkPart($"{line}\n{order.Carrier} {order.TrackingNumber}", texts.Track, url));
        return OutboundReply.Of(new TextPart(order.Status is OrderStatus.Fulfilled ? $"{line}\n{order.Carrier} {order.TrackingNumber}" : line));
    }
}
