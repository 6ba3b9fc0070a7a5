using Commerce.Application.Understanding;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence.Search;

/// <summary>
/// The recogniser's words from the merchant's own catalog: names of products and categories in both languages,
/// category slugs and variant values as goods, descriptions for spelling. Rebuilt when the <see cref="CatalogStamp"/>
/// moves (any product, variant or category edit, on any instance); otherwise one primary-key read per message.
/// </summary>
internal sealed class CatalogVocabularySource(CommerceDbContext db, CatalogVocabularyCache cache) : ICatalogVocabularySource
{
    public Task<CatalogVocabulary> CurrentAsync(CancellationToken cancellationToken) => cache.CurrentAsync(db, cancellationToken);
}

/// <summary>The process's current <see cref="CatalogVocabulary"/>, keyed by the catalog stamp it was read at.</summary>
internal sealed class CatalogVocabularyCache
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile CatalogVocabulary? _current;

    public async Task<CatalogVocabulary> CurrentAsync(CommerceDbContext db, CancellationToken cancellationToken)
    {
        var stamp = await ReadStampAsync(db, cancellationToken);
        var current = _current;
        if (current is not null && current.Version == stamp)
            return current;

        await _loading.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is not null && current.Version == stamp)
                return current;
            current = await LoadAsync(db, stamp, cancellationToken);
            _current = current;
            return current;
        }
        finally
        {
            _loading.Release();
        }
    }

    private static async Task<CatalogVocabulary> LoadAsync(CommerceDbContext db, Guid stamp, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking()
            .Select(c => new { c.Slug, De = c.Name.De, En = c.Name.En })
            .ToListAsync(cancellationToken);
        var products = await db.Products.AsNoTracking()
            .Select(p => new { De = p.Name.De, En = p.Name.En, DescriptionDe = p.Description.De, DescriptionEn = p.Description.En })
            .ToListAsync(cancellationToken);
        var values = await db.Variants.AsNoTracking().Select(v => v.Option.Value).Distinct().ToListAsync(cancellationToken);

        var goods = categories.SelectMany(c => new[] { c.Slug, c.De, c.En })
            .Concat(products.SelectMany(p => new[] { p.De, p.En }))
            .Concat(values);
        var descriptions = products.SelectMany(p => new[] { p.DescriptionDe, p.DescriptionEn });
        return CatalogVocabulary.From(stamp, goods, descriptions);
    }

    private static async Task<Guid> ReadStampAsync(CommerceDbContext db, CancellationToken cancellationToken) =>
        await db.Set<CatalogStamp>().AsNoTracking().Where(s => s.Id == CatalogStamp.RowId).Select(s => s.Value).SingleOrDefaultAsync(cancellationToken);
}
