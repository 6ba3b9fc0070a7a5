using Commerce.Application.Abstractions;
using Commerce.Application.Catalog.Search;
using Commerce.Domain.Common;
using MediatR;

namespace Commerce.Application.Catalog;

/// <summary>
/// Free-text product search in German and English, tolerant of typos and umlaut spellings
/// ("rote sneaker", "black hoodie", "muetze"). Used by the merchant API and by the chat.
/// </summary>
/// <param name="Language">"de" or "en": the language whose names break ties; anything else means German.</param>
public sealed record SearchProducts(string Query, string? Language, int Limit = 10, bool IncludeArchived = false, bool InStockOnly = false)
    : IQuery<Result<IReadOnlyList<ProductSearchHit>>>
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

public sealed class SearchProductsHandler(IProductSearchIndex index) : IRequestHandler<SearchProducts, Result<IReadOnlyList<ProductSearchHit>>>
{
    public async Task<Result<IReadOnlyList<ProductSearchHit>>> Handle(SearchProducts request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
            return Error.Validation("q", "Say what to look for.");
        if (request.Query.Length > SearchProducts.MaxQueryLength)
            return Error.Validation("q", $"A search is at most {SearchProducts.MaxQueryLength} characters.");
        if (request.Limit is < 1 or > SearchProducts.MaxLimit)
            return Error.Validation("limit", $"The limit is 1–{SearchProducts.MaxLimit}.");
        if (request.Language is not (null or "de" or "en"))
            return Error.Validation("lang", "Use 'de' or 'en'.");

        var terms = SearchQueryNormalizer.Normalize(request.Query);
        if (terms.Count == 0)
            return Array.Empty<ProductSearchHit>(); // only filler words ("zeig mir"): nothing to look for

        var criteria = new ProductSearchCriteria(
            terms,
            SearchQueryNormalizer.RequiredMatches(terms.Count),
            request.Language == "en" ? "en" : "de",
            request.Limit,
            request.IncludeArchived,
            request.InStockOnly);
        return Result<IReadOnlyList<ProductSearchHit>>.Success(await index.SearchAsync(criteria, cancellationToken));
    }
}
