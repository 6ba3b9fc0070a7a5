using Commerce.Application.Abstractions;
using Commerce.Application.Catalog;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Domain.Common;
using Commerce.Domain.Orders;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Commerce.Application.Orders;

/// <summary>
/// Reacts to a return inside its transaction: puts the returned pieces back into stock (when asked to) and tells the
/// shopper in their chat what came back and how much money goes back.
/// </summary>
public sealed class OrderReturnNotifications(ICommerceDbContext db, StockLedger ledger, Outbox outbox, TimeProvider clock, ILogger<OrderReturnNotifications> logger)
    : INotificationHandler<DomainEventNotification<OrderReturned>>
{
    public async Task Handle(DomainEventNotification<OrderReturned> notification, CancellationToken cancellationToken)
    {
        var returned = notification.Event;
        var order = await db.Orders.FirstAsync(o => o.Id == returned.OrderId, cancellationToken);
        if (returned.Restock)
        {
            foreach (var item in returned.Items)
                await RestockAsync(order, item, cancellationToken);
        }

        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == order.ConversationId, cancellationToken);
        if (conversation is null)
            return;
        var texts = ReturnReplyTexts.For(conversation.Language);
        var items = string.Join(", ", returned.Items.Select(i => $"{i.Quantity} × {i.Name}"));
        var amount = PriceFormatter.Format(Money.FromMinorUnits(returned.AmountMinor, order.Total.Currency), conversation.Language);
        var text = string.Format(order.Status == OrderStatus.Returned ? texts.ReturnedInFull : texts.Returned, order.Number, items, amount);
        outbox.Add(conversation, OutboundReply.Of(new TextPart(text)), clock.GetUtcNow(), OutboxMessage.UpdateKind);
    }

    private async Task RestockAsync(Order order, ReturnedItem item, CancellationToken cancellationToken)
    {
        // The catalog may have dropped a size since the order: the pieces then have no shelf to go back to.
        var exists = item.VariantId is { } variantId
            ? await db.Variants.AnyAsync(v => v.Id == variantId, cancellationToken)
            : await db.Products.AnyAsync(p => p.Id == item.ProductId, cancellationToken);
        var stock = exists
            ? await ledger.TryChangeAsync(item.ProductId, item.VariantId, item.Quantity, $"returned: order {order.Number}", cancellationToken)
            : null;
        if (stock is null)
            logger.LogWarning("Order {OrderNumber}: {Sku} could not be restocked", order.Number, item.Sku);
    }
}
