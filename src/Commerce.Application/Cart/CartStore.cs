using Commerce.Application.Abstractions;
using Microsoft.EntityFrameworkCore;
using ShopperCart = Commerce.Domain.Carts.Cart;

namespace Commerce.Application.Cart;

/// <summary>The shopper's cart: one per shopper, shared by their linked chats (see <see cref="Conversations.Shoppers"/>).</summary>
internal static class CartStore
{
    /// <summary>The cart of the shopper behind a chat (tracked), or null when they have none yet.</summary>
    public static async Task<ShopperCart?> FindAsync(ICommerceDbContext db, Guid conversationId, CancellationToken cancellationToken)
    {
        var key = await Conversations.Shoppers.CartKeyAsync(db, conversationId, cancellationToken);
        return await db.Carts.FirstOrDefaultAsync(c => c.ConversationId == key, cancellationToken);
    }

    public static async Task<ShopperCart> GetOrCreateAsync(ICommerceDbContext db, Guid conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = await Conversations.Shoppers.CartKeyAsync(db, conversationId, cancellationToken);
        var cart = await db.Carts.FirstOrDefaultAsync(c => c.ConversationId == key, cancellationToken);
        if (cart is not null)
            return cart;
        cart = ShopperCart.For(key, now);
        db.Carts.Add(cart);
        return cart;
    }
}
