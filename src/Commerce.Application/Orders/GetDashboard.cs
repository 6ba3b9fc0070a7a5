using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Commerce.Domain.Orders;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Orders;

/// <summary>The shop's day at a glance: orders since midnight (UTC), their revenue less returns, and what runs low.</summary>
public sealed record GetDashboard : IQuery<Dashboard>;

/// <param name="RevenueToday">Per currency (a shop usually has one); paid orders less what returns gave back.</param>
/// <param name="LowStock">Products and sizes at or below <see cref="GetDashboardHandler.LowStockThreshold"/> pieces, fewest first.</param>
public sealed record Dashboard(int OrdersToday, IReadOnlyList<Money> RevenueToday, IReadOnlyList<LowStockItem> LowStock);

public sealed record LowStockItem(string Sku, string Name, int Stock);

public sealed class GetDashboardHandler(ICommerceDbContext db, TimeProvider clock) : IRequestHandler<GetDashboard, Dashboard>
{
    /// <summary>At or below this many pieces a product or size counts as running low.</summary>
    public const int LowStockThreshold = 3;

    private const int Shown = 20;

    public async Task<Dashboard> Handle(GetDashboard request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var startOfDay = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var today = db.Orders.AsNoTracking().Where(o => o.CreatedAt >= startOfDay);
        var orders = await today.CountAsync(cancellationToken);
        var revenue = await today
            .Where(o => o.Status == OrderStatus.Paid || o.Status == OrderStatus.Fulfilled || o.Status == OrderStatus.Delivered
                        || o.Status == OrderStatus.PartlyReturned || o.Status == OrderStatus.Returned)
            .GroupBy(o => o.Total.Currency)
            .Select(g => new { Currency = g.Key, Amount = g.Sum(o => o.Total.Amount - o.Returned.Amount) })
            .ToListAsync(cancellationToken);

        var products = await db.Products.AsNoTracking()
            .Where(p => p.Status == ProductStatus.Active && !p.Variants.Any() && p.Stock <= LowStockThreshold)
            .OrderBy(p => p.Stock).Take(Shown)
            .Select(p => new { p.Sku, Name = p.Name.De, p.Stock })
            .ToListAsync(cancellationToken);
        var variants = await db.Variants.AsNoTracking()
            .Where(v => v.Stock <= LowStockThreshold)
            .Join(db.Products.Where(p => p.Status == ProductStatus.Active), v => v.ProductId, p => p.Id, (v, p) => new { v.Sku, Name = p.Name.De, Size = v.Option.Value, v.Stock })
            .OrderBy(v => v.Stock).Take(Shown)
            .ToListAsync(cancellationToken);
        var low = products.Select(p => new LowStockItem(p.Sku.Value, p.Name, p.Stock))
            .Concat(variants.Select(v => new LowStockItem(v.Sku.Value, $"{v.Name} ({v.Size})", v.Stock)))
            .OrderBy(x => x.Stock).ThenBy(x => x.Sku, StringComparer.Ordinal).Take(Shown).ToList();

        return new Dashboard(orders, revenue.Select(r => Money.Create(r.Amount, r.Currency).Value).ToList(), low);
    }
}
