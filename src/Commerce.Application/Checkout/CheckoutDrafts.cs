using Commerce.Application.Abstractions;
using Commerce.Application.Catalog;
using Commerce.Domain.Catalog;
using Commerce.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using ShopperCart = Commerce.Domain.Carts.Cart;

namespace Commerce.Application.Checkout;

/// <summary>Prices a cart from the live catalog and reserves its stock, or names the line that no longer fits.</summary>
public sealed class CheckoutDrafts(ICommerceDbContext db, StockLedger ledger)
{
    public sealed record Shortage(Guid ProductId, Guid? VariantId, string Name, int Available);

    public sealed record Draft(string Currency, IReadOnlyList<OrderLineDraft> Lines, Shortage? Shortage);

    public async Task<Draft> ReserveAsync(ShopperCart cart, string language, CancellationToken cancellationToken)
    {
        var ids = cart.Lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Include(p => p.Variants).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var lines = new List<OrderLineDraft>();
        var currency = "EUR";
        foreach (var line in cart.Lines)
        {
            var product = products.GetValueOrDefault(line.ProductId);
            var variant = line.VariantId is { } v ? product?.FindVariant(v) : null;
            var name = product is null ? "?" : variant is null ? product.Name.In(language) : $"{product.Name.In(language)} ({variant.Option.Value})";
            if (product is null || product.Status == ProductStatus.Archived || (line.VariantId is not null && variant is null))
                return new Draft(currency, [], new Shortage(line.ProductId, line.VariantId, name, 0));

            var reserved = await ledger.TryChangeAsync(product.Id, variant?.Id, -line.Quantity, "reserved at checkout", cancellationToken);
            if (reserved is null)
                return new Draft(currency, [], new Shortage(line.ProductId, line.VariantId, name, variant?.Stock ?? product.Stock));

            currency = product.Price.Currency;
            lines.Add(new OrderLineDraft(product.Id, variant?.Id, (variant?.Sku ?? product.Sku).Value, name, product.Price.MinorUnits, line.Quantity));
        }

        return new Draft(currency, lines, null);
    }

    /// <summary>After a shortage: the cart keeps what can still be bought, so the shopper sees the truth.</summary>
    public void TrimToStock(ShopperCart cart, Shortage shortage, DateTimeOffset now)
    {
        var line = cart.Lines.FirstOrDefault(l => l.ProductId == shortage.ProductId && l.VariantId == shortage.VariantId);
        if (line is null)
            return;
        cart.Remove(l => l == line, now);
        if (shortage.Available > 0)
            cart.Add(shortage.ProductId, shortage.VariantId, Math.Min(line.Quantity, shortage.Available), shortage.Available, now);
    }
}
