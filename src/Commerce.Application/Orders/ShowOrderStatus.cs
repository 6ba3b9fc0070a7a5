using System.Globalization;
using Commerce.Application.Abstractions;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Application.Understanding;
using Commerce.Domain.Orders;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Application.Orders;

/// <summary>
/// "Wo ist meine Bestellung (10042)?" — only ever the shopper's own orders. "My order" is the only open one; with several
/// open, the shopper picks by button. The answer is in words: paid and being packed, on its way with which carrier since
/// when and when it should arrive, delivered on which day.
/// </summary>
public sealed record ShowOrderStatus(Guid ConversationId, string Language, string? OrderNumber) : IChatRequest;

public sealed class ShowOrderStatusHandler(ICommerceDbContext db, IOptions<ShopOptions> shop, TimeProvider clock) : IRequestHandler<ShowOrderStatus, OutboundReply>
{
    public async Task<OutboundReply> Handle(ShowOrderStatus request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        var chats = await Shoppers.ChatsOfAsync(db, request.ConversationId, cancellationToken);
        var own = db.Orders.AsNoTracking().Where(o => chats.Contains(o.ConversationId));
        if (request.OrderNumber is { Length: > 0 } number)
        {
            var order = await OrderFinder.FindAsync(own, number, cancellationToken);
            return order is null ? OutboundReply.Of(new TextPart(string.Format(texts.OrderNotFound, number))) : Describe(order, request.Language);
        }

        var open = await own.Where(o => o.Status == OrderStatus.PendingPayment || o.Status == OrderStatus.Paid || o.Status == OrderStatus.Fulfilled)
            .OrderByDescending(o => o.CreatedAt).Take(OrderChoice.MaxChoices).ToListAsync(cancellationToken);
        if (open.Count == 1)
            return Describe(open[0], request.Language);
        if (open.Count > 1)
            return OrderChoice.Ask(open, ActionPayload.OrderStatus, request.Language);
        var latest = await own.OrderByDescending(o => o.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        return latest is null ? OutboundReply.Of(new TextPart(texts.NoOrders)) : Describe(latest, request.Language);
    }

    private OutboundReply Describe(Order order, string language)
    {
        var texts = DialogueTexts.For(language);
        var culture = texts.Culture;
        var total = OrderReplies.Total(order, language);
        switch (order.Status)
        {
            case OrderStatus.PendingPayment:
                return OutboundReply.Of(new TextPart(string.Format(texts.StatusPendingPayment, order.Number, total)));
            case OrderStatus.Paid:
                return OutboundReply.Of(new TextPart(string.Format(texts.StatusPaid, order.Number, total)));
            case OrderStatus.Fulfilled:
                var shipped = shop.Value.LocalTime(ChangedAt(order, OrderStatus.Fulfilled));
                var text = string.Format(texts.StatusShipped, order.Number, Day(shipped, culture), order.Carrier, order.TrackingNumber);
                if (ExpectedWindow(shipped, culture) is { } window)
                    text += " " + string.Format(texts.ExpectedDelivery, window);
                return OrderReplies.TrackingUrl(order.Carrier, order.TrackingNumber) is { } url
                    ? OutboundReply.Of(new LinkPart(text, ReplyTexts.For(language).Track, url))
                    : OutboundReply.Of(new TextPart(text));
            case OrderStatus.Delivered:
                var delivered = shop.Value.LocalTime(ChangedAt(order, OrderStatus.Delivered));
                return OutboundReply.Of(new TextPart(string.Format(texts.StatusDelivered, order.Number, Day(delivered, culture))));
            default:
                return OutboundReply.Of(new TextPart(string.Format(texts.StatusOther, order.Number, total, OrderReplies.StatusText(order.Status, language))));
        }
    }

    private static DateTimeOffset ChangedAt(Order order, OrderStatus status) =>
        order.History.LastOrDefault(h => h.To == status)?.At ?? order.UpdatedAt;

    /// <summary>"zwischen Mo., 30.11. und Mi., 2.12." — only while that window has not passed.</summary>
    private string? ExpectedWindow(DateTimeOffset shipped, CultureInfo culture)
    {
        var from = AddBusinessDays(shipped, Math.Max(0, shop.Value.DeliveryDaysMin));
        var to = AddBusinessDays(shipped, Math.Max(shop.Value.DeliveryDaysMin, shop.Value.DeliveryDaysMax));
        if (shop.Value.LocalTime(clock.GetUtcNow()).Date > to.Date)
            return null;
        var texts = DialogueTexts.For(culture.TwoLetterISOLanguageName);
        return from.Date == to.Date
            ? string.Format(texts.OnDay, Day(from, culture))
            : string.Format(texts.BetweenDays, Day(from, culture), Day(to, culture));
    }

    private static DateTimeOffset AddBusinessDays(DateTimeOffset start, int days)
    {
        var day = start;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                days--;
        }
        return day;
    }

    private static string Day(DateTimeOffset at, CultureInfo culture) => at.ToString(DialogueTexts.For(culture.TwoLetterISOLanguageName).DayFormat, culture);
}

/// <summary>Several orders could be meant: one button per order, newest first.</summary>
internal static class OrderChoice
{
    public const int MaxChoices = 5;

    public static OutboundReply Ask(IReadOnlyList<Order> orders, string verb, string language) =>
        OutboundReply.Of(new QuickRepliesPart(DialogueTexts.For(language).WhichOrder,
            orders.Select(o => new QuickReply($"#{o.Number} · {OrderReplies.Total(o, language)}", ActionPayload.WithArgument(verb, o.Number.ToString(CultureInfo.InvariantCulture)))).ToList()));
}
