using Commerce.Application.Understanding;
using Commerce.Domain.Catalog;

namespace Commerce.Application.Cart;

/// <summary>Picks, among a few known products (the cart's), the one the shopper's words fit best.</summary>
internal static class ProductMatcher
{
    public static Product? Best(IReadOnlyList<Product> products, string? query, string language)
    {
        if (products.Count == 1 && string.IsNullOrWhiteSpace(query))
            return products[0];
        var words = TextNormalizer.Tokenize(query ?? "").Select(t => t.Norm).Where(w => w.Length >= 3).ToList();
        if (words.Count == 0)
            return null;
        return products
            .Select(p => (Product: p, Score: Score(p, words)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Product)
            .FirstOrDefault();
    }

    private static int Score(Product product, IReadOnlyList<string> words)
    {
        var names = TextNormalizer.Tokenize($"{product.Name.De} {product.Name.En} {product.Sku.Value}").Select(t => t.Norm).ToList();
        return words.Count(w => names.Any(n => n.StartsWith(w[..Math.Min(w.Length, 4)], StringComparison.Ordinal)));
    }
}
