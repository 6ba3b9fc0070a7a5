using Commerce.Domain.Catalog;

namespace Commerce.Application.Catalog;

/// <summary>
/// The one place the product list interprets <c>q</c>: a case-insensitive substring match on names and SKU.
/// The fuzzy <c>SearchProducts</c> ranking replaces this body when it lands.
/// </summary>
internal static class ProductTextFilter
{
    public static IQueryable<Product> Apply(IQueryable<Product> products, string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
            return products;
        var lower = q.Trim().ToLowerInvariant();
        var upper = q.Trim().ToUpperInvariant();
        // Contains() is translated with LIKE-escaping, so "50%" is text, not a pattern. The double cast makes
        // EF read the value-converted SKU column as plain text (CAST(sku AS text)).
        return products.Where(p =>
            p.Name.De.ToLower().Contains(lower)
            || (p.Name.En != null && p.Name.En.ToLower().Contains(lower))
            || ((string)(object)p.Sku).Contains(upper));
    }
}
