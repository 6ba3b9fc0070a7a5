using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Privacy;

/// <summary>What an erasure removed, by kind: ids and counts only.</summary>
public sealed record ErasureReport(
    IReadOnlyList<Guid> Conversations,
    int InboxMessages,
    int OutboxMessages,
    int Photos,
    int Carts,
    int LinkCodes,
    IReadOnlyList<long> OrdersKept,
    DateTimeOffset ErasedAt);

/// <summary>
/// Forgets a shopper: every chat linked to the given one loses its messages (inbox and outbox, raw payloads included),
/// photos, cart, link codes and platform id; the conversation row stays as a pseudonym, and orders keep what
/// bookkeeping needs (number, lines, amounts, dates, status history) pointing at it. Runs inside the caller's transaction.
/// </summary>
public sealed class ShopperErasure(ICommerceDbContext db, TimeProvider clock)
{
    /// <summary>Platform ids, conversation keys and message ids of erased shoppers start with this.</summary>
    public const string ErasedPrefix = Domain.Conversations.Conversation.ErasedPrefix;

    public async Task<ErasureReport> EraseAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var shopper = conversation.ShopperId;

        // Lock the shopper's conversations first: a turn of theirs still running either committed before (its rows are
        // deleted below) or waits for this erasure and then fails on the changed row version, so no message or reply
        // it writes outlives the erasure. Marking them erased is that lock, on both providers.
        await db.Conversations.Where(c => c.ShopperId == shopper || c.Id == conversation.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ErasedAt, now), cancellationToken);
        var chats = await db.Conversations.Where(c => c.ShopperId == shopper || c.Id == conversation.Id).ToListAsync(cancellationToken);
        if (!chats.Contains(conversation))
            chats.Add(conversation);
        foreach (var chat in chats)
            await db.Conversations.Entry(chat).ReloadAsync(cancellationToken);
        var ids = chats.Select(c => c.Id).ToList();
        var keys = chats.Where(c => !c.SenderId.StartsWith(ErasedPrefix, StringComparison.Ordinal)).Select(c => InboxMessage.KeyOf(c.Channel, c.SenderId)).ToList();
        var cartKeys = chats.Select(c => c.ShopperId).Concat(ids).Distinct().ToList();

        // The message of the running turn (the shopper's "yes, delete") is still being processed: it cannot go now,
        // so it loses everything that points to the shopper instead.
        var running = await db.InboxMessages.Where(m => keys.Contains(m.ConversationKey) && m.Status == InboxStatus.Processing).ToListAsync(cancellationToken);
        foreach (var message in running)
            message.Forget();
        var inbox = await db.InboxMessages.Where(m => keys.Contains(m.ConversationKey) && m.Status != InboxStatus.Processing).ExecuteDeleteAsync(cancellationToken);
        var outbox = await db.OutboxMessages.Where(m => ids.Contains(m.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        var photos = await db.ConversationAttachments.Where(a => keys.Contains(a.ConversationKey)).ExecuteDeleteAsync(cancellationToken);
        var carts = 0;
        foreach (var cart in await db.Carts.Where(c => cartKeys.Contains(c.ConversationId)).ToListAsync(cancellationToken))
        {
            db.Carts.Remove(cart);
            carts++;
        }

        var codes = await db.LinkCodes.Where(l => ids.Contains(l.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        var orders = await db.Orders.Where(o => ids.Contains(o.ConversationId)).ToListAsync(cancellationToken);
        foreach (var order in orders)
            order.Pseudonymise(now);
        foreach (var chat in chats)
            chat.Erase(now);

        await db.SaveChangesAsync(cancellationToken);
        return new ErasureReport(ids, inbox + running.Count, outbox, photos, carts, codes, orders.Select(o => o.Number).Order().ToList(), now);
    }
}
