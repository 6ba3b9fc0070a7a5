using System.Linq.Expressions;
using Commerce.Domain.Orders;

namespace Commerce.Application.Orders;

public sealed record OrderLineDto(Guid Id, Guid ProductId, Guid? VariantId, string Sku, string Name, long UnitPriceMinor, int Quantity, long LineTotalMinor, int ReturnedQuantity);

public sealed record OrderReturnDto(int Sequence, DateTimeOffset At, string Items, long AmountMinor, string? RefundId, bool Restocked);

public sealed record OrderStatusChangeDto(string? From, string To, DateTimeOffset At, string Cause);

public sealed record ShippingAddressDto(string? Name, string? Line1, string? Line2, string? PostalCode, string? City, string? Country);

public sealed record OrderSummaryDto(Guid Id, long Number, string Status, string Channel, string Currency, long TotalMinor, DateTimeOffset CreatedAt)
{
    public static readonly Expression<Func<Order, OrderSummaryDto>> Projection = o =>
        new OrderSummaryDto(o.Id, o.Number, o.Status.ToString(), o.Channel.ToString(), o.Total.Currency, o.Total.MinorUnits, o.CreatedAt);
}

public sealed record OrderDto(
    Guid Id,
    long Number,
    string Status,
    string Channel,
    Guid ConversationId,
    string Currency,
    long TotalMinor,
    IReadOnlyList<OrderLineDto> Lines,
    IReadOnlyList<OrderStatusChangeDto> History,
    ShippingAddressDto? ShippingAddress,
    string? PaymentProvider,
    string? Carrier,
    string? TrackingNumber,
    bool RefundDue,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long ReturnedMinor,
    IReadOnlyList<OrderReturnDto> Returns)
{
    public static OrderDto From(Order o) => new(
        o.Id,
        o.Number,
        o.Status.ToString(),
        o.Channel.ToString(),
        o.ConversationId,
        o.Total.Currency,
        o.Total.MinorUnits,
        o.Lines.Select(l => new OrderLineDto(l.Id, l.ProductId, l.VariantId, l.Sku, l.Name, l.UnitPriceMinor, l.Quantity, l.LineTotalMinor, l.ReturnedQuantity)).ToList(),
        o.History.OrderBy(h => h.At).Select(h => new OrderStatusChangeDto(h.From?.ToString(), h.To.ToString(), h.At, h.Cause)).ToList(),
        o.ShippingAddress is { } a ? new ShippingAddressDto(a.Name, a.Line1, a.Line2, a.PostalCode, a.City, a.Country) : null,
        o.PaymentProvider,
        o.Carrier,
        o.TrackingNumber,
        o.RefundDue,
        o.CreatedAt,
        o.UpdatedAt,
        o.Returned.MinorUnits,
        o.Returns.OrderBy(r => r.Sequence).Select(r => new OrderReturnDto(r.Sequence, r.At, r.Items, r.AmountMinor, r.RefundId, r.Restocked)).ToList());
}
