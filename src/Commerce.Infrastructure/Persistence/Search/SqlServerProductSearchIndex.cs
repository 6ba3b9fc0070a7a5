using Commerce.Application.Catalog;
using Commerce.Application.Catalog.Search;
using Commerce.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence.Search;

/// <summary>
/// Product search on SQL Server, deliberately simpler than <see cref="PostgresProductSearchIndex"/>: SQL Server has no
/// pg_trgm, so a term matches when one of its alternatives is a substring of the folded SKU, names or category names
/// (no typo tolerance, no similarity score, no description matches). Candidates are read with one provider-neutral
/// LINQ query and matched in process, which is fine for a shop-sized catalog.
/// </summary>
internal sealed class SqlServerProductSearchIndex(CommerceDbContext db) : IProductSearchIndex
{
    public async Task<IReadOnlyList<ProductSearchHit>> SearchAsync(ProductSearchCriteria criteria, CancellationToken cancellationToken)
    {
        if (criteria.Terms.Count == 0 || criteria.Limit <= 0)
            return [];

        var products = db.Products.AsNoTracking();
        if (!criteria.IncludeArchived)
            products = products.Where(p => p.Status != ProductStatus.Archived);
        var candidates = await products
            .Select(p => new
            {
                p.Id,
                p.Sku,
                NameDe = p.Name.De,
                NameEn = p.Name.En,
                p.Price.Amount,
                p.Price.Currency,
                p.ImagePath,
                HasVariants = p.Variants.Any(),
                Stock = p.Variants.Any() ? p.Variants.Sum(v => v.Stock) : p.Stock,
                Category = db.Categories.Where(c => c.Id == p.CategoryId).Select(c => c.Slug + " " + c.Name.De + " " + (c.Name.En ?? "")).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        return candidates
            .Where(c => !criteria.InStockOnly || c.Stock > 0)
            .Select(c =>
            {
                var text = SearchText.Fold($"{c.Sku.Value} {c.NameDe} {c.NameEn} {c.Category}");
                var matched = criteria.Terms.Count(t => t.Alternatives.Any(a => text.Contains(a, StringComparison.Ordinal)));
                return (Candidate: c, Matched: matched);
            })
            .Where(x => x.Matched >= Math.Max(1, criteria.RequiredMatches))
            .OrderByDescending(x => x.Matched)
            .ThenBy(x => x.Candidate.Sku.Value, StringComparer.Ordinal)
            .Take(criteria.Limit)
            .Select(x => new ProductSearchHit(
                x.Candidate.Id,
                x.Candidate.Sku.Value,
                new LocalizedTextDto(x.Candidate.NameDe, x.Candidate.NameEn),
                new MoneyDto(x.Candidate.Amount, x.Candidate.Currency),
                x.Candidate.ImagePath,
                x.Candidate.Stock,
                x.Candidate.HasVariants,
                Math.Round((double)x.Matched / criteria.Terms.Count, 3)))
            .ToList();
    }
}
