using Commerce.Application.Abstractions;
using Commerce.Application.Catalog;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Domain.Orders;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Orders;

/// <summary>
/// Reacts to an order's status change inside the same transaction: releases reserved stock when the order will not
/// be paid or is cancelled, puts unpaid items back into the cart, and tells the shopper in their chat (outbox).
/// </summary>
public sealed class OrderNotifications(ICommerceDbContext db, StockLedger ledger, Outbox outbox, TimeProvider clock)
    : INotificationHandler<DomainEventNotification<OrderStatusChanged>>
{
    public async Task Handle(DomainEventNotification<OrderStatusChanged> notification, CancellationToken cancellationToken)
    {
        var change = notification.Event;
        var order = await db.Orders.FirstAsync(o => o.Id == change.OrderId, cancellationToken);
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == order.ConversationId, cancellationToken);
        var now = clock.GetUtcNow();

        if (change.To is OrderStatus.Expired or OrderStatus.PaymentFailed or OrderStatus.Cancelled)
        {
            foreach (var line in order.Lines)
                await ledger.TryChangeAsync(line.ProductId, line.VariantId, line.Quantity, $"released: order {order.Number} {change.To}", cancellationToken);
        }

        if (conversation is null)
            return;
        if (change.To is OrderStatus.Expired or OrderStatus.PaymentFailed)
            await RestoreCartAsync(order, conversation.Id, now, cancellationToken);

        var reply = Compose(order, change, conversation.Language);
        if (reply is not null)
            outbox.Add(conversation, reply, now, OutboxMessage.UpdateKind);
    }

    private OutboundReply? Compose(Order order, OrderStatusChanged change, string language)
    {
        var texts = ReplyTexts.For(language);
        return change.To switch
        {
            OrderStatus.Paid => OutboundReply.Of(OrderReplies.Receipt(order, language, string.Format(texts.OrderPaid, order.Number))),
            OrderStatus.Expired => OutboundReply.Of(new TextPart(string.Format(texts.OrderExpired, order.Number))),
            // Without a session the shopper never saw a payment page: it could not be opened.
            OrderStatus.PaymentFailed => OutboundReply.Of(new TextPart(string.Format(
                order.PaymentSessionId is null ? texts.PaymentSessionFailed : texts.OrderPaymentFailed, order.Number))),
            OrderStatus.Fulfilled => Fulfilled(order, texts),
            OrderStatus.Delivered => OutboundReply.Of(new TextPart(string.Format(texts.OrderDelivered, order.Number))),
            OrderStatus.Cancelled => OutboundReply.Of(new TextPart(string.Format(change.From == OrderStatus.Paid ? texts.OrderCancelledRefund : texts.OrderCancelled, order.Number))),
            OrderStatus.Refunded => OutboundReply.Of(new TextPart(string.Format(
                order.History.Any(h => h.To == OrderStatus.Paid) ? texts.OrderRefunded : texts.OrderLatePaymentRefunded, order.Number))),
            _ => null,
        };
    }

    private static OutboundReply Fulfilled(Order order, ReplyTexts texts)
    {
        var text = string.Format(texts.OrderFulfilled, order.Number, order.Carrier, order.TrackingNumber);
        return OrderReplies.TrackingUrl(order.Carrier, order.TrackingNumber) is { } url
            ? OutboundReply.Of(new LinkPart(text, texts.Track, url))
            : OutboundReply.Of(new TextPart(text));
    }

    private async Task RestoreCartAsync(Order order, Guid conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = await Conversations.Shoppers.CartKeyAsync(db, conversationId, cancellationToken);
        var cart = await db.Carts.FirstOrDefaultAsync(c => c.ConversationId == key, cancellationToken);
        if (cart is null)
        {
            cart = Domain.Carts.Cart.For(key, now);
            db.Carts.Add(cart);
        }

        foreach (var line in order.Lines)
            cart.Add(line.ProductId, line.VariantId, line.Quantity, int.MaxValue, now);
    }
}
