using Commerce.Application.Understanding;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence.Search;

/// <summary>
/// The recogniser's words from the merchant's own catalog: names of products and categories in both languages,
/// category slugs and variant values as goods, descriptions for spelling. Rebuilt when the <see cref="CatalogStamp"/>
/// moves (any product, variant or category edit, on any instance); otherwise one primary-key read per message.
/// </summary>
internal sealed class CatalogVocabularySource(CommerceDbContext db, CatalogStampReader stamps, CatalogVocabularyCache cache) : ICatalogVocabularySource
{
    public Task<CatalogVocabulary> CurrentAsync(CancellationToken cancellationToken) => cache.CurrentAsync(db, stamps, cancellationToken);
}

/// <summary>The process's current <see cref="CatalogVocabulary"/>, keyed by the catalog stamp it was read at.</summary>
internal sealed class CatalogVocabularyCache : StampedCache<CatalogVocabulary>
{
    protected override async Task<CatalogVocabulary> LoadAsync(CommerceDbContext db, Guid stamp, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking()
            .Select(c => new { c.Slug, De = c.Name.De, En = c.Name.En })
            .ToListAsync(cancellationToken);
        var products = await db.Products.AsNoTracking()
            .Select(p => new { De = p.Name.De, En = p.Name.En, p.Synonyms, DescriptionDe = p.Description.De, DescriptionEn = p.Description.En })
            .ToListAsync(cancellationToken);
        var values = await db.Variants.AsNoTracking().Select(v => v.Option.Value).Distinct().ToListAsync(cancellationToken);

        var goods = categories.SelectMany(c => new[] { c.Slug, c.De, c.En })
            .Concat(products.SelectMany(p => new[] { p.De, p.En, p.Synonyms }))
            .Concat(values);
        var descriptions = products.SelectMany(p => new[] { p.DescriptionDe, p.DescriptionEn });
        return CatalogVocabulary.From(stamp, goods, descriptions);
    }
}
