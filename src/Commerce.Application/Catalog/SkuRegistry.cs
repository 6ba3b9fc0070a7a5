using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

/// <summary>SKUs are unique across products and variants; the database enforces each table, this checks across both.</summary>
internal static class SkuRegistry
{
    public static async Task<Sku?> FirstTakenAsync(ICommerceDbContext db, IReadOnlyCollection<Sku> skus, CancellationToken cancellationToken, Guid? exceptProductId = null)
    {
        var product = await db.Products
            .Where(p => p.Id != exceptProductId && skus.Contains(p.Sku))
            .Select(p => p.Sku)
            .FirstOrDefaultAsync(cancellationToken);
        if (product is not null)
            return product;
        return await db.Variants
            .Where(v => v.ProductId != exceptProductId && skus.Contains(v.Sku))
            .Select(v => v.Sku)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
