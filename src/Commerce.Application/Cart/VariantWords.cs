using Commerce.Application.Understanding;
using Commerce.Domain.Catalog;

namespace Commerce.Application.Cart;

/// <summary>
/// Finds the variant a whole message names: "2 pairs in size 43", "ich nehm 2 von dem schwarzen in L", "lieber in 44".
/// A number is a size only when the product has that size and it is not the quantity; a single letter ("s", "m", "l")
/// only after "in"/"größe"/"size", written as a capital, or as (nearly) the whole message.
/// </summary>
internal static class VariantWords
{
    public static bool IsOptionValue(Product product, string folded) =>
        product.Variants.Any(v => TextNormalizer.Fold(v.Option.Value) == folded);

    public static Variant? Find(Product product, string? text, int? quantity = null)
    {
        if (!product.HasVariants || string.IsNullOrWhiteSpace(text))
            return null;
        var tokens = TextNormalizer.Tokenize(text);
        Variant? unmarked = null;
        var unmarkedCount = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var variant = product.Variants.FirstOrDefault(v => TextNormalizer.Fold(v.Option.Value) == tokens[i].Norm);
            if (variant is null)
                continue;
            var marked = i > 0 && (NumberWords.IsSizeMarker(tokens[i - 1].Norm) || tokens[i - 1].Norm is "grosse" or "nummer");
            if (marked)
                return variant;
            var isNumber = tokens[i].Norm.All(char.IsAsciiDigit);
            if (isNumber && quantity is { } q && NumberWords.Parse(tokens[i].Norm) == q && i + 1 < tokens.Count)
                continue; // "2 jeans": the number counts, it does not size
            if (!isNumber && tokens[i].Norm.Length <= 2 && !WrittenAsCapital(text, tokens[i].Surface) && tokens.Count > 2)
                continue; // a lone "s" or "m" in a sentence is rarely a size unless written "M"
            unmarked ??= variant;
            unmarkedCount++;
        }
        return unmarkedCount == 1 ? unmarked : null;
    }

    private static bool WrittenAsCapital(string text, string surface)
    {
        var upper = surface.ToUpperInvariant();
        var at = text.IndexOf(upper, StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + upper.Length >= text.Length || !char.IsLetterOrDigit(text[at + upper.Length]);
            if (before && after)
                return true;
            at = text.IndexOf(upper, at + 1, StringComparison.Ordinal);
        }
        return false;
    }
}
