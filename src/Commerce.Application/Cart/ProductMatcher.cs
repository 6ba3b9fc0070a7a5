using System.Collections.Frozen;
using Commerce.Application.Understanding;
using Commerce.Domain.Catalog;

namespace Commerce.Application.Cart;

/// <summary>
/// Matches the words a shopper describes a product with ("the white ones", "den roten", "die schwarzen sneaker") against a
/// few known products — those just shown, or those in the cart — before anything is searched in the whole catalog.
/// </summary>
internal static class ProductMatcher
{
    // Words that point or act without describing the product; what is left describes it.
    private static readonly FrozenSet<string> Pointing = TextNormalizer.TokenizeAll(
        """
        the a an one ones pair pairs of i want take ill id like please pls those these that this them it its in
        add remove delete get me my some more just only make with and from for to put cart basket
        der die das den dem des ein eine einen einem einer eins von vom ich nehm nehme nimm nehmen mochte moechte moecht
        will wuerde hatte haette gern gerne bitte davon diese diesen dieses dieser paar stueck stk mal noch dann doch lieber
        auch fuer mir mein meine meinen entferne entfernen loesche loeschen raus weg und nur bei im warenkorb korb rein
        actually oh ok okay hmm instead sorry wait yes no so then eigentlich ach ja nein hm also
        pack packe packen einpacken leg lege legen tu tue buy kauf kaufe ll size sizes sie ihn es er
        """).Select(t => t.Norm).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The describing words of a message: no pointing words, no numbers and no size ("in L", "größe 43", "size 44").
    /// </summary>
    public static IReadOnlyList<string> DescribingWords(string? text, Product? sizedBy = null)
    {
        var tokens = TextNormalizer.Tokenize(text);
        var words = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var norm = tokens[i].Norm;
            if (NumberWords.SizeWords.Contains(norm))
            {
                i++;
                continue;
            }
            if (Pointing.Contains(norm) || NumberWords.Parse(norm) is not null || norm.Length < 2 || NumberWords.SizeLetters.Contains(norm)
                || norm.All(char.IsAsciiDigit) || (sizedBy is not null && VariantWords.IsOptionValue(sizedBy, norm)))
                continue;
            words.Add(norm);
        }
        return words;
    }

    /// <summary>The products every describing word fits (by name in either language, or SKU), in the given order.</summary>
    public static IReadOnlyList<Product> Fitting(IEnumerable<Product> products, IReadOnlyList<string> words) =>
        words.Count == 0 ? [] : products.Where(p => words.All(w => NameWords(p).Any(n => SameWord(w, n)))).ToList();

    /// <summary>The products the most describing words fit (at least one), in the given order.</summary>
    public static IReadOnlyList<Product> BestFitting(IEnumerable<Product> products, IReadOnlyList<string> words)
    {
        var scored = products.Select(p => (Product: p, Score: words.Count(w => NameWords(p).Any(n => SameWord(w, n))))).Where(x => x.Score > 0).ToList();
        return scored.Count == 0 ? [] : scored.Where(x => x.Score == scored.Max(y => y.Score)).Select(x => x.Product).ToList();
    }

    /// <summary>The product the words fit best among a few (the cart's); null when none fits at all.</summary>
    public static Product? Best(IReadOnlyList<Product> products, string? query, string language)
    {
        if (products.Count == 1 && string.IsNullOrWhiteSpace(query))
            return products[0];
        var words = DescribingWords(query);
        if (words.Count == 0)
            return null;
        return products
            .Select(p => (Product: p, Score: words.Count(w => NameWords(p).Any(n => SameWord(w, n)))))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Product)
            .FirstOrDefault();
    }

    private static IEnumerable<string> NameWords(Product product) =>
        TextNormalizer.TokenizeAll($"{product.Name.De} {product.Name.En} {product.Sku.Value} {product.Synonyms}").Select(t => t.Norm);

    /// <summary>
    /// Same word up to an ending: "weissen" and "weiss", "roten" and "rot", "sneakers" and "sneaker", "schwarze" and
    /// "schwarz".
    /// </summary>
    private static bool SameWord(string said, string name)
    {
        if (said == name)
            return true;
        var (shorter, longer) = said.Length <= name.Length ? (said, name) : (name, said);
        return shorter.Length >= 3 && longer.Length - shorter.Length <= 3 && longer.StartsWith(shorter, StringComparison.Ordinal);
    }
}
