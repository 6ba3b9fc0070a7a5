using Commerce.Application.Abstractions;
using Commerce.Domain.Orders;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Commerce.Application.Payments;

public enum PaymentEventOutcome
{
    Applied,
    Duplicate,
    UnknownOrder,
    Ignored,

    /// <summary>A payment arrived after its order had ended and was refunded at once.</summary>
    LatePaymentRefunded,

    /// <summary>The event needs the payment provider, which could not be reached: nothing was recorded, so the
    /// provider's redelivery (or the shopper's retry) will apply it.</summary>
    RetryLater,
}

/// <summary>
/// Applies a verified provider event to its order exactly once: the event id is recorded in the same transaction as
/// the effect, and the order's state machine makes late or reordered events harmless.
/// </summary>
public sealed record HandlePaymentEvent(PaymentEvent Event) : ICommand<PaymentEventOutcome>;

public sealed class HandlePaymentEventHandler(
    ICommerceDbContext db, IPaymentGateway gateway, TimeProvider clock, ILogger<HandlePaymentEventHandler> logger)
    : IRequestHandler<HandlePaymentEvent, PaymentEventOutcome>
{
    public async Task<PaymentEventOutcome> Handle(HandlePaymentEvent request, CancellationToken cancellationToken)
    {
        var e = request.Event;
        if (await db.ProcessedPaymentEvents.AnyAsync(p => p.Provider == e.Provider && p.EventId == e.EventId, cancellationToken))
            return PaymentEventOutcome.Duplicate;
        var now = clock.GetUtcNow();
        var processed = new ProcessedPaymentEvent(e.Provider, e.EventId, e.Kind.ToString(), e.OrderId, now);
        db.ProcessedPaymentEvents.Add(processed);
        if (e.Kind == PaymentEventKind.Ignored)
        {
            await db.SaveChangesAsync(cancellationToken);
            return PaymentEventOutcome.Ignored;
        }

        var order = await FindOrderAsync(e, cancellationToken);
        if (order is null)
        {
            logger.LogWarning("{Provider} event {EventId} ({Kind}) names no known order", e.Provider, e.EventId, e.Kind);
            await db.SaveChangesAsync(cancellationToken);
            return PaymentEventOutcome.UnknownOrder;
        }

        var cause = $"{e.Provider.ToLowerInvariant()}: {e.Kind.ToString().ToLowerInvariant()} ({e.EventId})";
        if (e.Kind == PaymentEventKind.Succeeded && order.IsPaymentTooLate)
        {
            var refunded = await RefundLatePaymentAsync(order, e, now, cancellationToken);
            if (refunded == PaymentEventOutcome.RetryLater)
                db.ProcessedPaymentEvents.Remove(processed);
            await db.SaveChangesAsync(cancellationToken);
            return refunded;
        }

        var applied = e.Kind switch
        {
            PaymentEventKind.Succeeded => order.MarkPaid(e.PaymentReference, Address(e.ShippingAddress), now, cause),
            PaymentEventKind.Failed => order.MarkPaymentFailed(now, cause),
            PaymentEventKind.Expired => order.Expire(now, cause),
            PaymentEventKind.Refunded => order.MarkRefunded(now, cause),
            _ => Domain.Common.Result.Success(),
        };
        if (!applied.IsSuccess)
            logger.LogWarning("Order {OrderNumber}: {Provider} event {EventId} not applied: {Reason}", order.Number, e.Provider, e.EventId, applied.Error!.Message);

        await db.SaveChangesAsync(cancellationToken);
        return PaymentEventOutcome.Applied;
    }

    /// <summary>
    /// Money for an order that had already expired, failed or been cancelled cannot buy it any more (its stock is
    /// released): it goes back in full, and the order's history and the shopper's chat say so.
    /// </summary>
    private async Task<PaymentEventOutcome> RefundLatePaymentAsync(Order order, PaymentEvent e, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reference = e.PaymentReference ?? order.PaymentReference;
        if (reference is null)
        {
            logger.LogError("Order {OrderNumber}: {Provider} event {EventId} paid after the order ended but names no payment to refund",
                order.Number, e.Provider, e.EventId);
            return PaymentEventOutcome.Applied;
        }

        var cause = $"{e.Provider.ToLowerInvariant()}: paid after the order was {order.Status.ToString().ToLowerInvariant()}, refunded ({e.EventId})";
        var refund = await gateway.RefundAsync(
            new PaymentRefundRequest(order.Id, reference, e.AmountMinor ?? order.Total.MinorUnits, "paid after the order had ended"), cancellationToken);
        if (!refund.IsSuccess)
        {
            logger.LogWarning("Order {OrderNumber}: refund of a late {Provider} payment failed ({Code}); waiting for the redelivery",
                order.Number, e.Provider, refund.Error!.Code);
            return PaymentEventOutcome.RetryLater;
        }

        order.RefundLatePayment(reference, now, cause);
        logger.LogInformation("Order {OrderNumber}: late {Provider} payment refunded ({RefundId})", order.Number, e.Provider, refund.Value.RefundId);
        return PaymentEventOutcome.LatePaymentRefunded;
    }

    private async Task<Order?> FindOrderAsync(PaymentEvent e, CancellationToken cancellationToken)
    {
        if (e.OrderId is { } id)
            return await db.Orders.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (e.SessionId is { } session)
            return await db.Orders.FirstOrDefaultAsync(o => o.PaymentSessionId == session, cancellationToken);
        return e.PaymentReference is { } reference
            ? await db.Orders.FirstOrDefaultAsync(o => o.PaymentReference == reference, cancellationToken)
            : null;
    }

    private static ShippingAddress? Address(PaymentAddress? a) =>
        a is null ? null : new ShippingAddress(a.Name, a.Line1, a.Line2, a.PostalCode, a.City, a.Country);
}
