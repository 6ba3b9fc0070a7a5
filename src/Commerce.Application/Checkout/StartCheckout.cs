using Commerce.Application.Cart;
using Commerce.Application.Abstractions;
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
/// "Zur Kasse": the cart becomes an order in PendingPayment and its stock is reserved; the payment session is not
/// opened here but by a <see cref="PaymentSessionJob"/> written in the same transaction, so a slow payment provider
/// cannot hold the turn (and its inbox lease). The shopper hears that the link is coming; it follows as its own
/// message. Tapping again while the order waits for payment sends the same link (or the same note, while it is
/// still being prepared).
/// </summary>
public sealed record StartCheckout(Guid ConversationId, string Language) : IChatRequest;

public sealed class StartCheckoutHandler(
    ICommerceDbContext db,
    CheckoutDrafts drafts,
    IOptions<ShopOptions> shop,
    IOptions<PaymentOptions> payments,
    TimeProvider clock) : IRequestHandler<StartCheckout, OutboundReply>
{
    public async Task<OutboundReply> Handle(StartCheckout request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        var now = clock.GetUtcNow();
        var cart = await CartStore.FindAsync(db, request.ConversationId, cancellationToken);
        if (cart is null || cart.IsEmpty)
        {
            var open = await db.Orders
                .Where(o => o.ConversationId == request.ConversationId && o.Status == OrderStatus.PendingPayment
                            && (o.PaymentExpiresAt > now || o.PaymentSessionId == null))
                .OrderByDescending(o => o.CreatedAt)
                .FirstOrDefaultAsync(cancellationToken);
            if (open is null)
                return OutboundReply.Of(new TextPart(texts.CheckoutEmpty));
            return open.PaymentSessionId is null
                ? CheckoutReplies.Preparing(open, request.Language)
                : CheckoutReplies.PaymentLink(open, request.Language, shop.Value);
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
        var order = Order.Place(number, conversation.Id, conversation.Channel, draft.Currency, draft.Lines, now).Value;
        db.Orders.Add(order);
        db.PaymentSessionJobs.Add(new PaymentSessionJob(order.Id, request.Language, now + payments.Value.SessionLifetime, now));
        cart.Clear(now);
        await db.SaveChangesAsync(cancellationToken);
        return CheckoutReplies.Preparing(order, request.Language);
    }
}
