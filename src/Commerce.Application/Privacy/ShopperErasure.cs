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
    public const string ErasedKey = "erased";

    public async Task<ErasureReport> EraseAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var shopper = conversation.ShopperId;
        var chats = await db.Conversations.Where(c => c.ShopperId == shopper || c.Id == conversation.Id).ToListAsync(cancellationToken);
        if (!chats.Contains(conversation))
            chats.Add(conversation);
        var ids = chats.Select(c => c.Id).ToList();
        var keys = chats.Where(c => c.ErasedAt is null).Select(c => InboxMessage.KeyOf(c.Channel, c.SenderId)).ToList();
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
