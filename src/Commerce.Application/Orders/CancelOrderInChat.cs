using System.Globalization;
using Commerce.Application.Abstractions;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Application.Understanding;
using Commerce.Domain.Orders;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Orders;

/// <summary>
/// A shopper cancels their own order (the named one, or the only open one) before it ships. A paid order is cancelled only
/// after the shopper confirmed, having been told what happens to the money.
/// </summary>
/// <param name="Confirmed">null: asked in words (a paid order asks to confirm); true: confirmed by button; false: keep it.</param>
public sealed record CancelOrderInChat(Guid ConversationId, string Language, string? OrderNumber, bool? Confirmed = null) : IChatRequest;

public sealed class CancelOrderInChatHandler(ICommerceDbContext db, OrderActions actions) : IRequestHandler<CancelOrderInChat, OutboundReply>
{
    public async Task<OutboundReply> Handle(CancelOrderInChat request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        var dialogue = DialogueTexts.For(request.Language);
        var chats = await Shoppers.ChatsOfAsync(db, request.ConversationId, cancellationToken);
        var own = db.Orders.Where(o => chats.Contains(o.ConversationId));
        Order? order;
        if (request.OrderNumber is { Length: > 0 } number)
        {
            order = await OrderFinder.FindAsync(own, number, cancellationToken);
            if (order is null)
                return OutboundReply.Of(new TextPart(string.Format(texts.OrderNotFound, number)));
        }
        else
        {
            var open = await own.Where(o => o.Status == OrderStatus.PendingPayment || o.Status == OrderStatus.Paid || o.Status == OrderStatus.Fulfilled)
                .OrderByDescending(o => o.CreatedAt).Take(OrderChoice.MaxChoices).ToListAsync(cancellationToken);
            if (open.Count > 1)
                return OrderChoice.Ask(open, ActionPayload.CancelOrder, request.Language);
            order = open.Count == 1 ? open[0] : await own.OrderByDescending(o => o.CreatedAt).FirstOrDefaultAsync(cancellationToken);
            if (order is null)
                return OutboundReply.Of(new TextPart(texts.NoOrders));
        }

        if (order.Status is OrderStatus.Fulfilled or OrderStatus.Delivered)
        {
            return OutboundReply.Of(new QuickRepliesPart(string.Format(dialogue.CannotCancelShipped, order.Number, OrderReplies.StatusText(order.Status, request.Language)), [
                new QuickReply(texts.ActionHuman, ActionPayload.Plain(ActionPayload.Human)),
                new QuickReply(dialogue.ActionMyOrder, ActionPayload.WithArgument(ActionPayload.OrderStatus, NumberOf(order))),
            ]));
        }
        if (order.Status is not (OrderStatus.PendingPayment or OrderStatus.Paid))
            return OutboundReply.Of(new TextPart(string.Format(texts.CannotCancel, order.Number, OrderReplies.StatusText(order.Status, request.Language))));

        if (request.Confirmed == false)
            return OutboundReply.Of(new TextPart(string.Format(dialogue.CancelKept, order.Number)));
        if (request.Confirmed is null && order.Status == OrderStatus.Paid)
        {
            return OutboundReply.Of(new QuickRepliesPart(string.Format(dialogue.CancelConfirmPaid, order.Number, OrderReplies.Total(order, request.Language)), [
                new QuickReply(dialogue.CancelYes, ActionPayload.WithArgument(ActionPayload.CancelConfirmed, NumberOf(order))),
                new QuickReply(dialogue.CancelNo, ActionPayload.WithArgument(ActionPayload.CancelDeclined, NumberOf(order))),
            ]));
        }

        var result = await actions.CancelAsync(order, "shopper: cancelled in chat", repeatIsError: false, cancellationToken);
        if (!result.IsSuccess)
            return OutboundReply.Of(new TextPart(texts.PaymentUnavailable));
        await db.SaveChangesAsync(cancellationToken);
        return OutboundReply.Empty; // the cancellation notice comes from the order's own status change
    }

    private static string NumberOf(Order order) => order.Number.ToString(CultureInfo.InvariantCulture);
}
