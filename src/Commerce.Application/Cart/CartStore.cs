using Commerce.Application.Abstractions;
using Microsoft.EntityFrameworkCore;
using ShopperCart = Commerce.Domain.Carts.Cart;

namespace Commerce.Application.Cart;

internal static class CartStore
{
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
