namespace Commerce.Application.Catalog.Search;

/// <summary>What the search index is asked: normalised terms plus the filters of <see cref="SearchProducts"/>.</summary>
public sealed record ProductSearchCriteria(
    IReadOnlyList<SearchTerm> Terms,
    int RequiredMatches,
    string Language,
    int Limit,
    bool IncludeArchived,
    bool InStockOnly);

/// <summary>
/// Scores products against search terms. Provider-specific (PostgreSQL trigram similarity), so it is
/// implemented in Infrastructure; a hit must match at least <see cref="ProductSearchCriteria.RequiredMatches"/> terms.
/// </summary>
public interface IProductSearchIndex
{
    Task<IReadOnlyList<ProductSearchHit>> SearchAsync(ProductSearchCriteria criteria, CancellationToken cancellationToken);
}
