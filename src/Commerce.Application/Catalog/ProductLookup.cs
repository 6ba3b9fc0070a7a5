using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

/// <summary>What the chat needs from the catalog: search hits and products loaded with their variants, in order.</summary>
public sealed class ProductLookup(ICommerceDbContext db, IMediator mediator)
{
    public async Task<IReadOnlyList<Product>> SearchAsync(string query, string language, int limit, CancellationToken cancellationToken)
    {
        var text = query.Length > SearchProducts.MaxQueryLength ? query[..SearchProducts.MaxQueryLength] : query;
        var hits = await mediator.Send(new SearchProducts(text, language, limit, InStockOnly: false), cancellationToken);
        return hits.IsSuccess ? await LoadAsync(hits.Value.Select(h => h.ProductId).ToList(), cancellationToken) : [];
    }

    public async Task<IReadOnlyList<Product>> LoadAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
            return [];
        var products = await db.Products.Include(p => p.Variants).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return ids.Where(products.ContainsKey).Select(id => products[id]).ToList();
    }

    public Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Products.Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>In-stock products of the same category, as alternatives to one that is sold out.</summary>
    public async Task<IReadOnlyList<Product>> AlternativesAsync(Product product, int limit, CancellationToken cancellationToken) =>
        await db.Products.Include(p => p.Variants)
            .Where(p => p.CategoryId == product.CategoryId && p.Id != product.Id && p.Status == ProductStatus.Active
                        && (p.Stock > 0 || p.Variants.Any(v => v.Stock > 0)))
            .OrderBy(p => p.Price.Amount)
            .Take(limit)
            .ToListAsync(cancellationToken);
}
