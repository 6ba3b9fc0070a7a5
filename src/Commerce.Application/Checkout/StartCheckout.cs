using Commerce.Application.Abstractions;
using Commerce.Application.Catalog;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Payments;
using Commerce.Application.Replies;
using Commerce.Domain.Orders;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Application.Checkout;

/// <summary>
/// "Zur Kasse": the cart becomes an order in PendingPayment, its stock is reserved, the gateway opens a payment
/// session and the shopper gets the link. Tapping again while the order waits for payment sends the same link.
/// </summary>
public sealed record StartCheckout(Guid ConversationId, string Language) : IChatRequest;

public sealed class StartCheckoutHandler(
    ICommerceDbContext db,
    CheckoutDrafts drafts,
    IPaymentGateway gateway,
    IOptions<ShopOptions> shop,
    IOptions<PaymentOptions> payments,
    TimeProvider clock) : IRequestHandler<StartCheckout, OutboundReply>
{
    public async Task<OutboundReply> Handle(StartCheckout request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        var now = clock.GetUtcNow();
        var cart = await db.Carts.FirstOrDefaultAsync(c => c.ConversationId == request.ConversationId, cancellationToken);
        if (cart is null || cart.IsEmpty)
        {
            var open = await db.Orders
                .Where(o => o.ConversationId == request.ConversationId && o.Status == OrderStatus.PendingPayment && o.PaymentExpiresAt > now)
                .OrderByDescending(o => o.CreatedAt)
                .FirstOrDefaultAsync(cancellationToken);
            return open is null ? OutboundReply.Of(new TextPart(texts.CheckoutEmpty)) : PaymentLink(open, request.Language);
        }

        var conversation = (await db.Conversations.FindAsync([request.ConversationId], cancellationToken))!;
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Checkout runs inside the turn's transaction.");
        await transaction.CreateSavepointAsync("checkout", cancellationToken);

        var draft = await drafts.ReserveAsync(cart, request.Language, cancellationToken);
        if (draft.Shortage is { } shortage)
        {
            await transaction.RollbackToSavepointAsync("checkout", cancellationToken);
            drafts.TrimToStock(cart, shortage, now);
            return OutboundReply.Of(new TextPart(string.Format(texts.StockVanished, shortage.Name)));
        }

        var number = await db.NextOrderNumberAsync(cancellationToken);
        var order = Order.Place(number, conversation.Id, conversation.Channel.ToString(), draft.Currency, draft.Lines, now).Value;
        db.Orders.Add(order);

        var orderLink = shop.Value.AbsoluteUrl($"pay/{order.Id}");
        var session = await gateway.CreateSessionAsync(
            new PaymentSessionRequest(
                order.Id,
                order.Number,
                order.Currency,
                order.Lines.Select(l => new PaymentLine(l.Name, l.UnitPriceMinor, l.Quantity)).ToList(),
                request.Language,
                SuccessUrl: $"{orderLink}/done",
                CancelUrl: $"{orderLink}/cancelled",
                ExpiresAt: now + payments.Value.SessionLifetime),
            cancellationToken);
        if (!session.IsSuccess)
        {
            await transaction.RollbackToSavepointAsync("checkout", cancellationToken);
            db.Orders.Remove(order);
            return OutboundReply.Of(new TextPart(texts.PaymentUnavailable));
        }

        order.AttachPaymentSession(gateway.Name, session.Value.SessionId, session.Value.Url, session.Value.ExpiresAt);
        cart.Clear(now);
        await db.SaveChangesAsync(cancellationToken);
        return PaymentLink(order, request.Language);
    }

    private OutboundReply PaymentLink(Order order, string language)
    {
        var texts = ReplyTexts.For(language);
        var total = PriceFormatter.Format(Domain.Common.Money.FromMinorUnits(order.TotalMinor, order.Currency), language);
        var until = shop.Value.LocalTime(order.PaymentExpiresAt!.Value).ToString("HH:mm");
        return OutboundReply.Of(new LinkPart(string.Format(texts.CheckoutReady, order.Number, total, until), texts.PayButton, shop.Value.AbsoluteUrl($"pay/{order.Id}")));
    }
}
