using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Application.Payments;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Application.Checkout;

public enum PaymentSessionOutcome
{
    /// <summary>The session exists, the order knows it and the link message is in the outbox.</summary>
    Opened,

    /// <summary>The order no longer waits for a payment page (cancelled meanwhile): nothing to send.</summary>
    NotNeeded,

    /// <summary>The provider could not be reached; the job is tried again later.</summary>
    RetryLater,

    /// <summary>The provider refused, or stayed unreachable for every attempt: the order failed, its stock is released,
    /// the cart restored and the shopper told.</summary>
    Failed,

    /// <summary>The job is not this claim's any more (finished, or claimed again after the lease ran out).</summary>
    NotClaimed,
}

/// <summary>
/// Carries out a <see cref="PaymentSessionJob"/> claimed at attempt <paramref name="Attempt"/>. Not a command: the
/// provider call must not run inside a database transaction, so the handler opens its own for the outcome.
/// Safe to run twice: the provider is asked with the same idempotency key (order + fixed expiry) and answers with the
/// same session, and only the claim that still holds the job (its attempt number) can commit an outcome — one
/// session, one link message.
/// </summary>
public sealed record OpenPaymentSession(long JobId, int Attempt) : IRequest<PaymentSessionOutcome>;

public sealed class OpenPaymentSessionHandler(
    ICommerceDbContext db,
    IPaymentGateway gateway,
    Outbox outbox,
    IOptions<ShopOptions> shop,
    IOptions<PaymentOptions> payments,
    TimeProvider clock,
    ILogger<OpenPaymentSessionHandler> logger) : IRequestHandler<OpenPaymentSession, PaymentSessionOutcome>
{
    public async Task<PaymentSessionOutcome> Handle(OpenPaymentSession request, CancellationToken cancellationToken)
    {
        var job = await db.PaymentSessionJobs.FirstOrDefaultAsync(j => j.Id == request.JobId, cancellationToken);
        if (job is null || job.Status != PaymentSessionJobStatus.Pending || job.Attempts != request.Attempt)
            return PaymentSessionOutcome.NotClaimed;
        var order = await db.Orders.FirstAsync(o => o.Id == job.OrderId, cancellationToken);
        if (!order.IsOpenForPayment || order.PaymentSessionId is not null)
        {
            // Cancelled while the session was being prepared. Should an earlier attempt have opened a session after
            // all, its link never reached the shopper; it expires unpaid at the provider.
            job.Complete(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return PaymentSessionOutcome.NotNeeded;
        }

        var maxAttempts = Math.Max(1, payments.Value.SessionAttempts);
        var session = job.Attempts > maxAttempts
            ? PaymentErrors.ProviderUnavailable($"No answer after {maxAttempts} attempts.")
            : await gateway.CreateSessionAsync(SessionRequest(job, order), cancellationToken);

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        PaymentSessionOutcome outcome;
        if (session.IsSuccess)
        {
            order.AttachPaymentSession(gateway.Name, session.Value.SessionId, session.Value.Url, session.Value.ExpiresAt);
            job.Complete(now);
            var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == order.ConversationId, cancellationToken);
            if (conversation is not null)
            {
                outbox.Add(conversation, CheckoutReplies.PaymentLink(order, job.Language, shop.Value), now, OutboxMessage.ResponseKind);
            }

            outcome = PaymentSessionOutcome.Opened;
        }
        else if (session.Error!.Code == PaymentErrors.Unavailable && job.Attempts < maxAttempts)
        {
            var backoff = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, job.Attempts)));
            job.RetryAt(now + backoff, Describe(session.Error));
            logger.LogWarning("Order {OrderNumber}: payment session not opened on attempt {Attempt} ({Code}); retrying in {Backoff}",
                order.Number, job.Attempts, session.Error.Code, backoff);
            outcome = PaymentSessionOutcome.RetryLater;
        }
        else
        {
            // The shopper's stock is released and the cart restored by the order's status change (OrderNotifications).
            order.MarkPaymentFailed(now, $"checkout: the payment page could not be opened ({session.Error.Code})");
            job.Fail(Describe(session.Error), now);
            logger.LogWarning("Order {OrderNumber}: payment session failed for good after attempt {Attempt} ({Code})",
                order.Number, job.Attempts, session.Error.Code);
            outcome = PaymentSessionOutcome.Failed;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    private PaymentSessionRequest SessionRequest(PaymentSessionJob job, Domain.Orders.Order order)
    {
        var orderLink = shop.Value.AbsoluteUrl($"pay/{order.Id}");
        return new PaymentSessionRequest(
            order.Id,
            order.Number,
            order.Total.Currency,
            order.Lines.Select(l => new PaymentLine(l.Name, l.UnitPriceMinor, l.Quantity)).ToList(),
            job.Language,
            SuccessUrl: $"{orderLink}/done",
            CancelUrl: $"{orderLink}/cancelled",
            ExpiresAt: job.ExpiresAt);
    }

    private static string Describe(Error error) => $"{error.Code}: {error.Message}";
}
