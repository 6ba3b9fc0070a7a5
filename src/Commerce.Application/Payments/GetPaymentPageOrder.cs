using Commerce.Application.Abstractions;
using Commerce.Domain.Conversations;
using Commerce.Domain.Orders;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Payments;

/// <summary>
/// The order a payment page shows (the link in chat, the pages the provider sends the shopper back to, the sandbox's
/// hosted page), with the language and channel of the shopper it belongs to. With <paramref name="PaymentSessionId"/>
/// only the order that session pays.
/// </summary>
public sealed record GetPaymentPageOrder(Guid OrderId, string? PaymentSessionId = null) : IQuery<PaymentPageOrder?>;

/// <param name="Language">The shopper's language ("de" when the conversation is gone).</param>
/// <param name="Channel">The chat to send them back to.</param>
public sealed record PaymentPageOrder(Order Order, string Language, Channel Channel);

public sealed class GetPaymentPageOrderHandler(ICommerceDbContext db) : IRequestHandler<GetPaymentPageOrder, PaymentPageOrder?>
{
    public async Task<PaymentPageOrder?> Handle(GetPaymentPageOrder request, CancellationToken cancellationToken)
    {
        var orders = db.Orders.AsNoTracking().Where(o => o.Id == request.OrderId);
        if (request.PaymentSessionId is { } sessionId)
            orders = orders.Where(o => o.PaymentSessionId == sessionId);
        var order = await orders.FirstOrDefaultAsync(cancellationToken);
        if (order is null)
            return null;
        var shopper = await db.Conversations.AsNoTracking().Where(c => c.Id == order.ConversationId)
            .Select(c => new { c.Language, c.Channel }).FirstOrDefaultAsync(cancellationToken);
        return new PaymentPageOrder(order, shopper?.Language ?? "de", shopper?.Channel ?? Channel.WebChat);
    }
}
