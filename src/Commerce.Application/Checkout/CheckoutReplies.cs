using Commerce.Application.Messaging;
using Commerce.Application.Orders;
using Commerce.Application.Replies;
using Commerce.Domain.Orders;

namespace Commerce.Application.Checkout;

/// <summary>What the shopper reads about an order waiting for payment: the link once it exists, a note until then.</summary>
public static class CheckoutReplies
{
    /// <summary>The order is placed and its payment page is being opened; the link follows as its own message.</summary>
    public static OutboundReply Preparing(Order order, string language) =>
        OutboundReply.Of(new TextPart(string.Format(ReplyTexts.For(language).CheckoutPreparing, order.Number, OrderReplies.Total(order, language))));

    /// <summary>The payment link: our own /pay/{order} address, which redirects to the provider's page.</summary>
    public static OutboundReply PaymentLink(Order order, string language, ShopOptions shop)
    {
        var texts = ReplyTexts.For(language);
        var until = shop.LocalTime(order.PaymentExpiresAt!.Value).ToString("HH:mm");
        var text = string.Format(texts.CheckoutReady, order.Number, OrderReplies.Total(order, language), until);
        return OutboundReply.Of(new LinkPart(text, texts.PayButton, shop.AbsoluteUrl($"pay/{order.Id}")) { OrderNumber = order.Number });
    }
}
