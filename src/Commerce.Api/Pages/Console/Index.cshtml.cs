using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Commerce.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Pages.Console;

public sealed class IndexModel(ICommerceDbContext db, TimeProvider clock) : ConsolePageModel
{
    /// <summary>At or below this many pieces a product or size counts as running low.</summary>
    public const int LowStockThreshold = 3;

    public int OrdersToday { get; private set; }

    /// <summary>Today's paid orders less what returns gave back, per currency (a shop usually has one).</summary>
    public IReadOnlyList<Money> RevenueToday { get; private set; } = [];

    public IReadOnlyList<(string Sku, string Name, int Stock)> LowStock { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var startOfDay = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var today = db.Orders.AsNoTracking().Where(o => o.CreatedAt >= startOfDay);
        OrdersToday = await today.CountAsync(ct);
        var revenue = await today
            .Where(o => o.Status == OrderStatus.Paid || o.Status == OrderStatus.Fulfilled || o.Status == OrderStatus.Delivered
                        || o.Status == OrderStatus.PartlyReturned || o.Status == OrderStatus.Returned)
            .GroupBy(o => o.Total.Currency)
            .Select(g => new { Currency = g.Key, Amount = g.Sum(o => o.Total.Amount - o.Returned.Amount) })
            .ToListAsync(ct);
        RevenueToday = revenue.Select(r => Money.Create(r.Amount, r.Currency).Value).ToList();

        var products = await db.Products.AsNoTracking()
            .Where(p => p.Status == ProductStatus.Active && !p.Variants.Any() && p.Stock <= LowStockThreshold)
            .OrderBy(p => p.Stock).Take(20)
            .Select(p => new { p.Sku, Name = p.Name.De, p.Stock })
            .ToListAsync(ct);
        var variants = await db.Variants.AsNoTracking()
            .Where(v => v.Stock <= LowStockThreshold)
            .Join(db.Products.Where(p => p.Status == ProductStatus.Active), v => v.ProductId, p => p.Id, (v, p) => new { v.Sku, Name = p.Name.De, Size = v.Option.Value, v.Stock })
            .OrderBy(v => v.Stock).Take(20)
            .ToListAsync(ct);
        LowStock = products.Select(p => (Sku: p.Sku.Value, p.Name, p.Stock)).Concat(variants.Select(v => (Sku: v.Sku.Value, Name: $"{v.Name} ({v.Size})", v.Stock)))
            .OrderBy(x => x.Stock).ThenBy(x => x.Sku, StringComparer.Ordinal).Take(20).ToList();
    }
}
