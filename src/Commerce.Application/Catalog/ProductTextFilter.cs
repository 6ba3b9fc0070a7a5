using Commerce.Domain.Catalog;

namespace Commerce.Application.Catalog;

/// <summary>
/// The one place the product list interprets <c>q</c>: a case-insensitive substring match on the names,
/// or the exact SKU. The fuzzy <c>SearchProducts</c> ranking replaces this body when it lands.
/// </summary>
internal static class ProductTextFilter
{
    public static IQueryable<Product> Apply(IQueryable<Product> products, string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
            return products;
        var lower = q.Trim().ToLowerInvariant();
        // Contains() is translated with LIKE-escaping, so "50%" is text, not a pattern. Substrings of the
        // value-converted SKU column do not translate provider-neutrally, so a SKU must match whole.
        var sku = Sku.Create(q);
        if (!sku.IsSuccess)
            return products.Where(p => p.Name.De.ToLower().Contains(lower) || (p.Name.En != null && p.Name.En.ToLower().Contains(lower)));
        return products.Where(p => p.Name.De.ToLower().Contains(lower) || (p.Name.En != null && p.Name.En.ToLower().Contains(lower)) || p.Sku == sku.Value);
    }
}
