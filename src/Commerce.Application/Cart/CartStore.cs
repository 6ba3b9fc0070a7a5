using Commerce.Application.Abstractions;
using Microsoft.EntityFrameworkCore;
using ShopperCart = Commerce.Domain.Carts.Cart;

namespace Commerce.Application.Cart;

internal static class CartStore
{
    public static async Task<ShopperCart> GetOrCreateAsync(ICommerceDbContext db, Guid conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cart = await db.Carts.FirstOrDefaultAsync(c => c.ConversationId == conversationId, cancellationToken);
        if (cart is not null)
            return cart;
        cart = ShopperCart.For(conversationId, now);
        db.Carts.Add(cart);
        return cart;
    }
}
