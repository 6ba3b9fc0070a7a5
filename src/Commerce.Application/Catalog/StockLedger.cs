using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

/// <summary>
/// Every stock change — a merchant's adjustment, a checkout's reservation, a release — goes through one conditional
/// UPDATE: row locks serialise concurrent changes and PostgreSQL re-checks the condition on the latest row, so none
/// is lost and stock never drops below 0. The movement is recorded in the same transaction.
/// </summary>
public sealed class StockLedger(ICommerceDbContext db, TimeProvider clock)
{
    /// <summary>The resulting stock, or null when there is not enough to take <paramref name="delta"/> away (or adding it
    /// would pass <see cref="StockLimits.Max"/>).</summary>
    public async Task<int?> TryChangeAsync(Guid productId, Guid? variantId, int delta, string reason, CancellationToken cancellationToken)
    {
        int changed, stock;
        if (variantId is { } id)
        {
            var variant = db.Variants.Where(v => v.Id == id);
            changed = await variant.Where(v => v.Stock + delta >= 0 && v.Stock + delta <= StockLimits.Max)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, v => v.Stock + delta), cancellationToken);
            stock = await variant.Select(v => v.Stock).FirstAsync(cancellationToken);
        }
        else
        {
            var product = db.Products.Where(p => p.Id == productId);
            changed = await product.Where(p => p.Stock + delta >= 0 && p.Stock + delta <= StockLimits.Max)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock + delta), cancellationToken);
            stock = await product.Select(p => p.Stock).FirstAsync(cancellationToken);
        }

        if (changed == 0)
            return null;
        db.StockMovements.Add(new StockMovement(productId, variantId, delta, stock, reason, clock.GetUtcNow()));
        return stock;
    }
}
