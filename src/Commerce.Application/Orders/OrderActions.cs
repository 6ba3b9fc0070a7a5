using Commerce.Application.Payments;
using Commerce.Domain.Common;
using Commerce.Domain.Orders;

namespace Commerce.Application.Orders;

/// <summary>
/// Cancelling and refunding involve the payment provider: an unpaid order's session is closed so it can no longer
/// be paid; a paid order's money goes back. Used by the merchant API and by shoppers in chat alike.
/// </summary>
public sealed class OrderActions(IPaymentGateway gateway, TimeProvider clock)
{
    public async Task<Result> CancelAsync(Order order, string cause, bool repeatIsError, CancellationToken cancellationToken)
    {
        if (order.Status == OrderStatus.PendingPayment && order.PaymentSessionId is { } session)
        {
            var expired = await gateway.ExpireSessionAsync(session, cancellationToken);
            if (!expired.IsSuccess)
                return expired.Error!;
        }

        var cancelled = order.Cancel(clock.GetUtcNow(), cause, repeatIsError);
        if (!cancelled.IsSuccess || !order.RefundDue)
            return cancelled;
        return await RefundAsync(order, cause, repeatIsError: false, cancellationToken);
    }

    public async Task<Result> RefundAsync(Order order, string cause, bool repeatIsError, CancellationToken cancellationToken)
    {
        if (order.Status != OrderStatus.Paid && !(order.Status == OrderStatus.Cancelled && order.RefundDue))
        {
            return repeatIsError && order.Status == OrderStatus.Refunded
                ? Error.Conflict("already_done", $"Order {order.Number} is already refunded.", "status")
                : Error.Conflict("invalid_transition", $"Order {order.Number} is {order.Status}: only paid orders can be refunded.", "status");
        }

        if (order.PaymentReference is null)
            return Error.Conflict("no_payment", $"Order {order.Number} has no captured payment to refund.");
        var refund = await gateway.RefundAsync(new PaymentRefundRequest(order.Id, order.PaymentReference, order.Total.MinorUnits, cause), cancellationToken);
        if (!refund.IsSuccess)
            return refund.Error!;
        return order.MarkRefunded(clock.GetUtcNow(), cause);
    }
}
