using System.Globalization;

namespace Commerce.Domain.Catalog;

/// <summary>Variants as a shopper expects to see them: sizes 38 → 45, or XS → XXL, not in storage order.</summary>
public static class VariantOrder
{
    private static readonly string[] LetterSizes = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL", "3XL", "4XL"];

    public static IEnumerable<Variant> Ordered(this IEnumerable<Variant> variants) =>
        variants.OrderBy(v => Rank(v.Option.Value)).ThenBy(v => v.Option.Value, StringComparer.OrdinalIgnoreCase);

    private static double Rank(string value)
    {
        if (double.TryParse(value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return number;
        var letter = Array.IndexOf(LetterSizes, value.Trim().ToUpperInvariant());
        return letter >= 0 ? 100_000 + letter : double.MaxValue;
    }
}
