using Commerce.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Conversations;

/// <summary>
/// A shopper's chats: one conversation, or several the shopper linked with a one-time code. The cart belongs to the
/// shopper (keyed by the shopper id, which for an unlinked chat is the conversation's own id); orders stay with the
/// chat they were placed in and are listed across the shopper's chats.
/// </summary>
public static class Shoppers
{
    /// <summary>The key of the cart a chat uses. The turn's conversation is tracked already, so this rarely queries.</summary>
    public static async Task<Guid> CartKeyAsync(ICommerceDbContext db, Guid conversationId, CancellationToken cancellationToken) =>
        (await db.Conversations.FindAsync([conversationId], cancellationToken))?.ShopperId ?? conversationId;

    /// <summary>The ids of every chat of the shopper behind <paramref name="conversationId"/> (at least that one).</summary>
    public static async Task<List<Guid>> ChatsOfAsync(ICommerceDbContext db, Guid conversationId, CancellationToken cancellationToken)
    {
        var shopper = await CartKeyAsync(db, conversationId, cancellationToken);
        var chats = await db.Conversations.Where(c => c.ShopperId == shopper).Select(c => c.Id).ToListAsync(cancellationToken);
        if (!chats.Contains(conversationId))
            chats.Add(conversationId);
        return chats;
    }
}
