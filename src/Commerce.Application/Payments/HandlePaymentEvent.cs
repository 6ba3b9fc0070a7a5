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
}

/// <summary>
/// Applies a verified provider event to its order exactly once: the event id is recorded in the same transaction as
/// the effect, and the order's state machine makes late or reordered events harmless.
/// </summary>
public sealed record HandlePaymentEvent(PaymentEvent Event) : ICommand<PaymentEventOutcome>;

public sealed class HandlePaymentEventHandler(ICommerceDbContext db, TimeProvider clock, ILogger<HandlePaymentEventHandler> logger)
    : IRequestHandler<HandlePaymentEvent, PaymentEventOutcome>
{
    public async Task<PaymentEventOutcome> Handle(HandlePaymentEvent request, CancellationToken cancellationToken)
    {
        var e = request.Event;
        if (await db.ProcessedPaymentEvents.AnyAsync(p => p.Provider == e.Provider && p.EventId == e.EventId, cancellationToken))
            return PaymentEventOutcome.Duplicate;
        var now = clock.GetUtcNow();
        db.ProcessedPaymentEvents.Add(new ProcessedPaymentEvent(e.Provider, e.EventId, e.Kind.ToString(), e.OrderId, now));
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
