using System.Text;
using Commerce.Application.Catalog;
using Commerce.Application.Catalog.Search;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence.Search;

/// <summary>
/// Product search over the in-memory <see cref="CatalogSnapshot"/>, for both database providers: the products are
/// ranked by <see cref="CatalogRanker"/> (pg_trgm's word similarity, typos, ties broken by the name) or found ranked
/// in the snapshot's <see cref="CatalogSnapshot.Rankings"/> for the same query, then their live stock fills the page. The
/// database is asked two small questions per search: the catalog stamp, and the stock of the products that can make
/// the page.
/// </summary>
internal sealed class InMemoryProductSearchIndex(CommerceDbContext db, CatalogStampReader stamps, CatalogSnapshotCache cache) : IProductSearchIndex
{
    // A ranking is kept up to the most products one page can look at: a full page of in-stock-only results reads the
    // stock of four times as many. A search that walks further (many sold out) ranks again in full.
    private const int CachedLength = SearchProducts.MaxLimit * 4;

    public async Task<IReadOnlyList<ProductSearchHit>> SearchAsync(ProductSearchCriteria criteria, CancellationToken cancellationToken)
    {
        if (criteria.Terms.Count == 0 || criteria.Limit <= 0)
            return [];
        var snapshot = await cache.CurrentAsync(db, stamps, cancellationToken);
        var key = RankingKey(criteria);
        if (!snapshot.Rankings.TryGet(key, out var ranking))
        {
            ranking = CatalogRanker.Rank(snapshot, criteria, CachedLength);
            snapshot.Rankings.Add(key, ranking);
        }

        var ordered = ranking.Products;
        if (ordered.Length == 0)
            return [];

        // Stock is read live, but only for the products that can still make the page: best first, in chunks, until the
        // page is full or the scores fall below the cut-off relative to the best product that qualifies.
        var hits = new List<ProductSearchHit>(criteria.Limit);
        double? best = null;
        var chunk = criteria.InStockOnly ? criteria.Limit * 4 : criteria.Limit;
        for (var start = 0; start < ordered.Length && hits.Count < criteria.Limit; start += chunk)
        {
            if (start + chunk > ordered.Length && !ranking.Complete)
            {
                ranking = CatalogRanker.Rank(snapshot, criteria, int.MaxValue);
                ordered = ranking.Products;
            }

            var slice = new ArraySegment<RankedProduct>(ordered, start, Math.Min(chunk, ordered.Length - start));
            if (best is { } top && slice[0].Score < CatalogRanker.RelativeCutoff * top)
                break;
            var ids = slice.Select(m => snapshot.Entries[m.Entry].Id).ToList();
            var stock = await db.Products.AsNoTracking()
                .Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, Stock = p.Variants.Any() ? p.Variants.Sum(v => v.Stock) : p.Stock })
                .ToDictionaryAsync(p => p.Id, p => p.Stock, cancellationToken);
            foreach (var match in slice)
            {
                var entry = snapshot.Entries[match.Entry];
                // Gone since the snapshot was read (a deletion also renews the stamp), or sold out when only stock counts.
                if (!stock.TryGetValue(entry.Id, out var level) || (criteria.InStockOnly && level <= 0))
                    continue;
                best ??= match.Score;
                if (match.Score < CatalogRanker.RelativeCutoff * best || hits.Count == criteria.Limit)
                    break;
                hits.Add(new ProductSearchHit(
                    entry.Id,
                    entry.Sku,
                    new LocalizedTextDto(entry.NameDe, entry.NameEn),
                    new MoneyDto(entry.PriceAmount, entry.PriceCurrency),
                    entry.Image,
                    level,
                    entry.HasVariants,
                    Math.Round(match.Score, 3)));
            }
        }

        return hits;
    }

    /// <summary>Everything of the criteria a ranking depends on (the page size and the stock do not).</summary>
    private static string RankingKey(ProductSearchCriteria criteria)
    {
        var key = new StringBuilder(64)
            .Append(criteria.Language).Append(criteria.IncludeArchived ? "|archived" : "|active")
            .Append(criteria.InStockOnly ? "|in-stock|" : "|any-stock|").Append(criteria.RequiredMatches);
        foreach (var term in criteria.Terms)
        {
            key.Append(term.MayBeMisspelt ? "|~" : "|=");
            foreach (var alternative in term.Alternatives)
                key.Append(alternative).Append(',');
        }

        return key.ToString();
    }
}
