namespace Commerce.Infrastructure.Persistence.Search;

/// <summary>
/// Shadow properties for the search columns: the domain never reads them, PostgreSQL computes them
/// (stored generated columns over <c>commerce_fold</c>, trigram-indexed). Search no longer reads them (see
/// <see cref="InMemoryProductSearchIndex"/>); they remain for ad-hoc SQL and are dropped with the next schema clean-up.
/// </summary>
internal static class SearchColumns
{
    /// <summary>products.search_name: SKU and names, folded.</summary>
    public const string Name = "SearchName";

    /// <summary>products.search_document / categories.search_document: every searchable text of the row, folded.</summary>
    public const string Document = "SearchDocument";
}
