using System.Collections.Frozen;

namespace Commerce.Application.Understanding;

/// <summary>
/// The words one merchant's catalog uses for its goods — product and category names in both languages, variant
/// values, synonyms — and the further words of its descriptions (known for spelling, not taken as goods). Built from
/// the catalog itself, so the recogniser knows a bicycle shop's "schlauch" or a cosmetics shop's "serum" without any
/// product word in code. Immutable; a new one replaces it when the catalog changes (<see cref="Version"/>).
/// </summary>
public sealed class CatalogVocabulary
{
    private CatalogVocabulary(Guid version, FrozenSet<string> goods, FrozenSet<string> written, FrozenSet<string> words)
    {
        Version = version;
        Goods = goods;
        Written = written;
        Words = words;
        WordStarts = words.Where(w => w.Length >= StartLength).Select(w => w[..StartLength]).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>How many letters <see cref="WordStarts"/> keeps of each word.</summary>
    public const int StartLength = 5;

    /// <summary>The first <see cref="StartLength"/> letters of every catalog word that long: "does a catalog word begin like this one" in one lookup.</summary>
    public FrozenSet<string> WordStarts { get; }

    /// <summary>No catalog known: no word names goods (colours and materials still describe them).</summary>
    public static CatalogVocabulary Empty { get; } = new(Guid.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty);

    /// <summary>Changes whenever the catalog does (the catalog stamp); equal versions mean equal vocabularies.</summary>
    public Guid Version { get; }

    /// <summary>Folded goods words with their German/English inflections ("jacke", "jacken", "rote", "sneakers").</summary>
    public FrozenSet<string> Goods { get; }

    /// <summary>
    /// The goods words as the catalog writes them (and compound heads), without the endings added to them: a typo in a
    /// short word is corrected only to one of these, as an added ending can make a word no shopper means ("belt" + "en"
    /// is one letter from "besten"); long forms stay targets ("bügelschlösser" is one letter from "bügelschlosser").
    /// </summary>
    public FrozenSet<string> Written { get; }

    /// <summary>Folded description words: known to the spelling correction, not goods by themselves.</summary>
    public FrozenSet<string> Words { get; }

    /// <param name="version">The catalog's stamp.</param>
    /// <param name="goodsTexts">Names of products and categories (every language), category slugs, variant values, synonyms.</param>
    /// <param name="descriptionTexts">Product descriptions (every language).</param>
    public static CatalogVocabulary From(Guid version, IEnumerable<string?> goodsTexts, IEnumerable<string?> descriptionTexts)
    {
        var goods = new HashSet<string>(StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in goodsTexts)
        {
            // "E-Bike" is asked for as "e-bike", "ebike" and "bike"; "3er-Pack" is an amount, no part of it names goods.
            var tokens = TextNormalizer.TokenizeAll(text).Select(t => t.Norm)
                .Where(w => !w.Any(char.IsAsciiDigit))
                .SelectMany(w => w.Contains('-') ? [w, w.Replace("-", ""), .. w.Split('-')] : new[] { w });
            foreach (var norm in tokens)
            {
                if (norm.Length < 2)
                {
                    continue;
                }
                written.Add(norm);
                foreach (var form in Inflections(norm))
                {
                    goods.Add(form);
                }
            }
        }
        var described = descriptionTexts
            .SelectMany(t => TextNormalizer.TokenizeAll(t))
            .Select(t => t.Norm)
            .Where(w => w.Length >= 3 && !w.Any(char.IsAsciiDigit))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var head in CompoundHeads(written, goods, described).ToList())
        {
            written.Add(head);
            foreach (var form in Inflections(head))
            {
                goods.Add(form);
            }
        }
        var words = described.Where(w => !goods.Contains(w)).ToFrozenSet(StringComparer.Ordinal);
        return new CatalogVocabulary(version, goods.ToFrozenSet(StringComparer.Ordinal), written.ToFrozenSet(StringComparer.Ordinal), words);
    }

    /// <summary>
    /// The last part of a compound name, when the catalog shows it is a word of its own: "Ledergürtel" is described as
    /// a "Gürtel", "Armbanduhr" as an "Uhr", "Wristwatch" as a "watch"; "Espressobohnen" starts with another of its goods
    /// words, so "bohnen" are goods too ("habt ihr kaffeebohnen"). German names its goods this way in every trade.
    /// </summary>
    /// <remarks>Only words the catalog writes are split: a form with an added ending is no compound ("natural" + "er" is not "natur" + "aler").</remarks>
    private static IEnumerable<string> CompoundHeads(HashSet<string> written, HashSet<string> goods, HashSet<string> described)
    {
        foreach (var word in written.ToList())
        {
            for (var split = 3; split <= word.Length - 3; split++)
            {
                var head = word[split..];
                var front = word[..split];
                if (described.Contains(head) || (head.Length >= 4 && (goods.Contains(front) || GoodsModifiers.Words.Contains(front))))
                {
                    yield return head;
                    break;
                }
            }
        }
    }

    private static readonly string[] Endings = ["s", "e", "n", "en", "er", "es", "em"];
    private static readonly string[] StemEndings = ["en", "n", "e", "s"];

    /// <summary>The word, its plural and adjective endings, and its stem: catalogs name "Jacken", shoppers ask for "eine jacke".</summary>
    private static IEnumerable<string> Inflections(string word)
    {
        yield return word;
        if (word.Length < 3)
        {
            yield break;
        }
        foreach (var ending in Endings)
        {
            yield return word + ending;
        }
        foreach (var ending in StemEndings)
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return word[..^ending.Length];
            }
        }
    }
}

/// <summary>Supplies the current <see cref="CatalogVocabulary"/> of the shop.</summary>
/// <remarks>
/// Implementations read the merchant's catalog and rebuild the vocabulary only when the catalog has changed since; the
/// call is made once per recognised message, so it must be cheap when nothing changed.
/// </remarks>
public interface ICatalogVocabularySource
{
    /// <summary>The vocabulary of the catalog as it is now.</summary>
    Task<CatalogVocabulary> CurrentAsync(CancellationToken cancellationToken);
}

/// <summary>For hosts without a catalog: the recogniser knows no goods, only colours and materials.</summary>
internal sealed class NoCatalogVocabulary : ICatalogVocabularySource
{
    public Task<CatalogVocabulary> CurrentAsync(CancellationToken cancellationToken) => Task.FromResult(CatalogVocabulary.Empty);
}
