using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Domain.Common;
using Commerce.Domain.Orders;

namespace Commerce.Application.Orders;

/// <summary>How orders read in a chat: receipts, status lines and tracking links.</summary>
public static class OrderReplies
{
    public static string Total(Order order, string language) =>
        PriceFormatter.Format(order.Total, language);

    public static ReceiptPart Receipt(Order order, string language, string headline)
    {
        var lines = order.Lines
            .Select(l => new ReceiptLine(l.Name, l.Quantity, PriceFormatter.Format(Money.FromMinorUnits(l.LineTotalMinor, order.Total.Currency), language)))
            .ToList();
        var total = Total(order, language);
        var text = string.Join('\n', lines.Select(l => $"{l.Quantity} × {l.Title} — {l.LineTotal}").Prepend(headline)
            .Append(string.Format(ReplyTexts.For(language).CartTotal, total)));
        return new ReceiptPart(order.Number, lines, total, text);
    }

    public static string StatusLine(Order order, string language) =>
        $"#{order.Number} · {StatusText(order.Status, language)} · {Total(order, language)}";

    public static string StatusText(OrderStatus status, string language) => status switch
    {
        OrderStatus.PartlyReturned => ReturnReplyTexts.For(language).StatusPartlyReturned,
        OrderStatus.Returned => ReturnReplyTexts.For(language).StatusReturned,
        _ => ReplyTexts.For(language).Status(status),
    };

    /// <summary>A tracking page for well-known carriers; others get the number only.</summary>
    public static string? TrackingUrl(string? carrier, string? trackingNumber)
    {
        if (string.IsNullOrWhiteSpace(carrier) || string.IsNullOrWhiteSpace(trackingNumber))
            return null;
        var number = Uri.EscapeDataString(trackingNumber);
        return carrier.Trim().ToUpperInvariant() switch
        {
            "DHL" => $"https://www.dhl.de/de/privatkunden/dhl-sendungsverfolgung.html?piececode={number}",
            "DPD" => $"https://tracking.dpd.de/status/de_DE/parcel/{number}",
            "HERMES" => $"https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#{number}",
            "UPS" => $"https://www.ups.com/track?tracknum={number}",
            "GLS" => $"https://gls-group.com/DE/de/paketverfolgung?match={number}",
            _ => null,
        };
    }
}
