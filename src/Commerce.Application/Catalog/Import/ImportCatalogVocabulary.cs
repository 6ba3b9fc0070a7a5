using Commerce.Application.Understanding;

namespace Commerce.Application.Catalog.Import;

public static class ImportCatalogVocabulary
{
    /// <summary>
    /// The recogniser's words for a catalog in the import format, read as the database's catalog is
    /// (Infrastructure's <c>CatalogVocabularySource</c>): names, slugs, variant values and synonyms as goods, descriptions
    /// for spelling. For tools and tests that score a catalog without importing it.
    /// </summary>
    public static CatalogVocabulary ToVocabulary(this ImportCatalog catalog, Guid version)
    {
        var categories = catalog.Categories ?? [];
        var products = catalog.Products ?? [];
        var goods = categories.SelectMany(c => new[] { c.Slug, c.Name, c.Translations?.En?.Name })
            .Concat(products.SelectMany(p => new[] { p.Name, p.Translations?.En?.Name }.Concat(p.Synonyms ?? [])))
            .Concat(products.SelectMany(p => p.Variants ?? []).Select(v => v.Option?.Value));
        var descriptions = products.SelectMany(p => new[] { p.Description, p.Translations?.En?.Description });
        return CatalogVocabulary.From(version, goods, descriptions);
    }
}
