using Commerce.Application.Abstractions;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Orders;

public enum OrderAction
{
    Fulfil,
    Deliver,
    Cancel,
    Refund,
}

/// <summary>
/// A merchant moves an order: fulfil (carrier + tracking), deliver, cancel or refund. Illegal or repeated moves are
/// refused with 409; the shopper hears of every change in their chat.
/// </summary>
public sealed record ChangeOrder(string IdOrNumber, OrderAction Action, string? Carrier = null, string? TrackingNumber = null)
    : ICommand<Result<OrderDto>>;

public sealed class ChangeOrderHandler(ICommerceDbContext db, OrderActions actions, TimeProvider clock) : IRequestHandler<ChangeOrder, Result<OrderDto>>
{
    public async Task<Result<OrderDto>> Handle(ChangeOrder request, CancellationToken cancellationToken)
    {
        var order = await OrderFinder.FindAsync(db.Orders, request.IdOrNumber, cancellationToken);
        if (order is null)
            return Error.NotFound("Order", request.IdOrNumber);

        var now = clock.GetUtcNow();
        var result = request.Action switch
        {
            OrderAction.Fulfil => order.Fulfil(request.Carrier ?? "", request.TrackingNumber ?? "", now, "merchant: fulfilled", repeatIsError: true),
            OrderAction.Deliver => order.MarkDelivered(now, "merchant: delivered", repeatIsError: true),
            OrderAction.Cancel => await actions.CancelAsync(order, "merchant: cancelled", repeatIsError: true, cancellationToken),
            _ => await actions.RefundAsync(order, "merchant: refunded", repeatIsError: true, cancellationToken),
        };
        if (!result.IsSuccess)
            return result.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return OrderDto.From(order);
    }
}
