using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using System.Data.Common;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Messaging;

/// <summary>
/// Sends committed replies through each channel's sender. A claim pushes the row's next attempt past a lease, so a
/// dispatcher that dies mid-send leaves the row to be sent again; replies to one conversation go out in order.
/// </summary>
public sealed class OutboxDispatcher(
    DbDataSource dataSource,
    ISqlDialect dialect,
    IServiceScopeFactory scopes,
    ChannelSenders senders,
    IEnumerable<IDeliveryObserver> observers,
    OutboxSignal signal,
    TimeProvider clock,
    IOptions<MessagingOptions> options,
    ILogger<OutboxDispatcher> logger) : ClaimingWorker<long>(dataSource, signal.Signal, clock, options.Value, logger)
{
    public const int MaxAttempts = 8;

    protected override DbCommand CreateClaim(DbDataSource source, DateTimeOffset now, TimeSpan lease, int limit) =>
        dialect.CreateOutboxClaim(source, now, lease, limit);

    protected override long Read(DbDataReader reader) => reader.GetInt64(0);

    protected override async ValueTask ProcessAsync(long id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();
        var message = await db.OutboxMessages.FirstAsync(m => m.Id == id, cancellationToken);
        var conversation = await db.Conversations.Where(c => c.Id == message.ConversationId)
            .Select(c => new { Context = new DeliveryContext(c.LastInboundAt, c.Language, c.UnreachableSince, c.MarketingToken, c.MarketingTokenExpiresAt), c.OffersConsentAt, c.ErasedAt })
            .FirstAsync(cancellationToken);
        var context = conversation.Context;
        SendResult result;
        try
        {
            // "Stop" takes effect before the next send: an offer queued before the shopper said it does not go.
            result = message.Kind == OutboxMessage.BroadcastKind && (conversation.OffersConsentAt is null || conversation.ErasedAt is not null)
                ? SendResult.NotDeliverable("The shopper opted out before it was sent.")
                : context.UnreachableSince is not null
                    ? SendResult.NotDeliverable("The shopper has blocked or unfollowed the shop.")
                    : senders.For(message.Channel) is { } sender
                        ? await sender.SendAsync(message, context, cancellationToken)
                        : SendResult.NotDeliverable(ChannelSenders.NotConfigured(message.Channel));
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            result = SendResult.Transient($"{exception.GetType().Name}: {exception.Message}");
        }

        Apply(message, result);
        if (message.Kind == OutboxMessage.ErasureKind && message.Status != OutboxStatus.Pending && message.Channel != Channel.WebChat)
            message.ForgetRecipient();
        await db.SaveChangesAsync(cancellationToken);
        if (message.Status == OutboxStatus.Sent)
        {
            foreach (var observer in observers)
                observer.Delivered(message);
        }
        else
        {
            logger.LogWarning("Outbox {OutboxId} to {Channel}: {Status} after attempt {Attempt}: {Error}", id, message.Channel, message.Status, message.Attempts, message.LastError);
        }
    }

    private void Apply(OutboxMessage message, SendResult result)
    {
        var now = Clock.GetUtcNow();
        message.LastError = result.Error is { Length: > 2000 } e ? e[..2000] : result.Error;
        switch (result.Outcome)
        {
            case SendOutcome.Sent:
                message.MarkSent(result.PlatformMessageId, now);
                break;
            case SendOutcome.TransientFailure when message.Attempts < MaxAttempts:
                var backoff = TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, message.Attempts)));
                message.NextAttemptAt = now + (result.RetryAfter > backoff ? result.RetryAfter.Value : backoff);
                break;
            case SendOutcome.Undeliverable:
                message.Status = OutboxStatus.Undeliverable;
                break;
            default:
                message.Status = OutboxStatus.Failed;
                break;
        }
    }
}
