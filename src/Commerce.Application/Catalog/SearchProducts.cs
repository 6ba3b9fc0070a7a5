using Commerce.Application.Abstractions;
using Commerce.Application.Catalog.Search;
using MediatR;

namespace Commerce.Application.Catalog;

/// <summary>
/// Free-text product search in German and English, tolerant of typos and umlaut spellings
/// ("rote sneaker", "black hoodie", "muetze"). Used by the merchant API and by the chat.
/// </summary>
/// <param name="Language">"de" or "en": the language whose names break ties; anything else means German.</param>
public sealed record SearchProducts(string Query, string? Language, int Limit = 10, bool IncludeArchived = false, bool InStockOnly = false)
    : IQuery<IReadOnlyList<ProductSearchHit>>
{
    public const int MaxLimit = 50;
    public const int MaxQueryLength = 200;
}

/// <summary>One product found, best first. <see cref="Score"/> is 0–1: 1 means every term matched a name exactly.</summary>
public sealed record ProductSearchHit(
    Guid ProductId,
    string Sku,
    LocalizedTextDto Name,
    MoneyDto Price,
    string? Image,
    int Stock,
    bool HasVariants,
    double Score);

public sealed class SearchProductsHandler(IProductSearchIndex index) : IRequestHandler<SearchProducts, IReadOnlyList<ProductSearchHit>>
{
    public async Task<IReadOnlyList<ProductSearchHit>> Handle(SearchProducts request, CancellationToken cancellationToken)
    {
        var terms = SearchQueryNormalizer.Normalize(request.Query);
        if (terms.Count == 0)
            return []; // only filler words ("zeig mir"): nothing to look for

        var criteria = new ProductSearchCriteria(
            terms,
            SearchQueryNormalizer.RequiredMatches(terms.Count),
            request.Language == "en" ? "en" : "de",
            Math.Clamp(request.Limit, 1, SearchProducts.MaxLimit),
            request.IncludeArchived,
            request.InStockOnly);
        return await index.SearchAsync(criteria, cancellationToken);
    }
}
