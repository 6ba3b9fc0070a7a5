using Commerce.Application.Catalog.Search;
using Commerce.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence.Search;

/// <summary>
/// The searchable catalog held in memory: every product's folded texts as trigram sequences, an inverted index from
/// trigram to products per field, and the name and category words for typo matching. Immutable; replaced whole when
/// the <see cref="CatalogStamp"/> changes, and with it the rankings cached for it. Stock is not in it (read live for
/// the hits).
/// </summary>
internal sealed class CatalogSnapshot
{
    public enum Field
    {
        Name,
        Category,
        Description,
        Variant,
    }

    public const int FieldCount = 4;

    /// <param name="Fields">Per field, the text's trigram numbers in order (repeats kept): what word similarity reads.</param>
    /// <param name="Distinct">Per field, the text's distinct trigram numbers, ascending: what shared counts look up.</param>
    public sealed record Entry(
        Guid Id,
        string Sku,
        string NameDe,
        string? NameEn,
        decimal PriceAmount,
        string PriceCurrency,
        string? Image,
        bool Active,
        bool HasVariants,
        int[][] Fields,
        int[][] Distinct);

    /// <summary>A name or category word for typo matching, with the letters and digits it has (bit 0–25 a–z, 26–35 0–9).</summary>
    public sealed record Word(string Text, ulong Letters, int[] Entries);

    private CatalogSnapshot(
        Guid stamp, TrigramTable table, Entry[] entries, int[][][] postings, Dictionary<string, int[]>[] wholeWords, Dictionary<string, int[]> words,
        int rankingCacheSize)
    {
        Stamp = stamp;
        Table = table;
        Entries = entries;
        Active = entries.Select(e => e.Active).ToArray();
        Postings = postings;
        WholeWords = wholeWords;
        WordsByLength = words
            .Select(w => new Word(w.Key, LettersOf(w.Key), w.Value))
            .GroupBy(w => w.Text.Length)
            .ToDictionary(g => g.Key, g => g.ToArray());
        Rankings = new RecentlyUsed<Ranking>(rankingCacheSize);
        WordScores = new RecentlyUsed<WordScores>(rankingCacheSize);
    }

    public Guid Stamp { get; }

    public TrigramTable Table { get; }

    public Entry[] Entries { get; }

    /// <summary>Whether each entry is active (not archived), side by side for the ranker's tight loops.</summary>
    public bool[] Active { get; }

    /// <summary>[field][trigram] → indexes of the entries whose field has that trigram (ascending, distinct).</summary>
    public int[][][] Postings { get; }

    /// <summary>
    /// [field][word] → entries whose field has that word whole (pg_trgm's words), ascending. A query word found whole
    /// has word similarity 1: its own trigrams are an extent of the text.
    /// </summary>
    public Dictionary<string, int[]>[] WholeWords { get; }

    /// <summary>Name and category words (split on anything but a–z, 0–9, as the SQL did) by length, with the entries having them.</summary>
    public Dictionary<int, Word[]> WordsByLength { get; }

    /// <summary>Rankings of this snapshot by query; they go with it when the catalog changes.</summary>
    public RecentlyUsed<Ranking> Rankings { get; }

    /// <summary>Each query word's best score per product, by word (and how it may match); they go with the snapshot too.</summary>
    public RecentlyUsed<WordScores> WordScores { get; }

    /// <summary>The set of a–z and 0–9 in <paramref name="word"/> as bits; other characters are left out.</summary>
    public static ulong LettersOf(string word)
    {
        var letters = 0UL;
        foreach (var c in word)
        {
            if (char.IsAsciiLetterLower(c))
                letters |= 1UL << (c - 'a');
            else if (char.IsAsciiDigit(c))
                letters |= 1UL << (26 + c - '0');
        }

        return letters;
    }

    public static async Task<CatalogSnapshot> LoadAsync(CommerceDbContext db, Guid stamp, int rankingCacheSize, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking()
            .Select(c => new { c.Id, c.Slug, NameDe = c.Name.De, NameEn = c.Name.En })
            .ToDictionaryAsync(c => c.Id, c => SearchText.Fold($"{c.Slug} {c.NameDe} {c.NameEn ?? ""}"), cancellationToken);
        var variants = (await db.Variants.AsNoTracking()
                .Select(v => new { v.ProductId, v.Sku, NameDe = v.Option.Name.De, NameEn = v.Option.Name.En, v.Option.Value })
                .ToListAsync(cancellationToken))
            .GroupBy(v => v.ProductId)
            .ToDictionary(
                g => g.Key,
                g => SearchText.Fold(string.Join(' ', g.OrderBy(v => v.Sku.Value, StringComparer.Ordinal).Select(v => $"{v.Sku.Value} {v.NameDe} {v.NameEn ?? ""} {v.Value}"))));
        var products = await db.Products.AsNoTracking()
            .Select(p => new
            {
                p.Id,
                p.Sku,
                p.CategoryId,
                NameDe = p.Name.De,
                NameEn = p.Name.En,
                p.Synonyms,
                DescriptionDe = p.Description.De,
                DescriptionEn = p.Description.En,
                p.Price.Amount,
                p.Price.Currency,
                p.ImagePath,
                p.Status,
            })
            .ToListAsync(cancellationToken);

        var table = new TrigramTable();
        var wholeWords = Enumerable.Range(0, FieldCount).Select(_ => new Dictionary<string, List<int>>(StringComparer.Ordinal)).ToArray();
        var entries = new Entry[products.Count];
        var wordEntries = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < products.Count; i++)
        {
            var p = products[i];
            // The merchant's synonyms weigh as the name: "kicks" finds the sneakers they were written for.
            var name = SearchText.Fold($"{p.Sku.Value} {p.NameDe} {p.NameEn ?? ""} {p.Synonyms?.Replace(',', ' ') ?? ""}");
            var category = categories.GetValueOrDefault(p.CategoryId, "");
            var description = SearchText.Fold($"{p.NameDe} {p.NameEn ?? ""} {p.DescriptionDe} {p.DescriptionEn ?? ""}");
            var hasVariants = variants.TryGetValue(p.Id, out var variant);
            var fields = new int[FieldCount][];
            fields[(int)Field.Name] = table.Sequence(name);
            fields[(int)Field.Category] = table.Sequence(category);
            fields[(int)Field.Description] = table.Sequence(description);
            fields[(int)Field.Variant] = table.Sequence(variant ?? "");
            string[] texts = [name, category, description, variant ?? ""];
            for (var f = 0; f < FieldCount; f++)
            {
                foreach (var word in Trigrams.Words(texts[f]))
                {
                    if (!wholeWords[f].TryGetValue(word, out var having))
                        wholeWords[f][word] = having = [];
                    if (having.Count == 0 || having[^1] != i)
                        having.Add(i);
                }
            }

            var distinct = new int[FieldCount][];
            for (var f = 0; f < FieldCount; f++)
            {
                distinct[f] = [.. fields[f].Distinct()];
                Array.Sort(distinct[f]);
            }

            entries[i] = new Entry(
                p.Id, p.Sku.Value, p.NameDe, p.NameEn, p.Amount, p.Currency, p.ImagePath, p.Status == ProductStatus.Active,
                hasVariants, fields, distinct);

            foreach (var word in NameAndCategoryWords(name + " " + category))
            {
                if (!wordEntries.TryGetValue(word, out var list))
                    wordEntries[word] = list = [];
                if (list.Count == 0 || list[^1] != i)
                    list.Add(i);
            }
        }

        var postings = new int[FieldCount][][];
        for (var f = 0; f < FieldCount; f++)
        {
            var lists = new List<int>[table.Count];
            for (var i = 0; i < entries.Length; i++)
            {
                foreach (var trigram in entries[i].Distinct[f])
                    (lists[trigram] ??= []).Add(i);
            }

            postings[f] = lists.Select(l => l?.ToArray() ?? []).ToArray();
        }

        return new CatalogSnapshot(
            stamp, table, entries, postings,
            wholeWords.Select(f => f.ToDictionary(w => w.Key, w => w.Value.ToArray(), StringComparer.Ordinal)).ToArray(),
            wordEntries.ToDictionary(w => w.Key, w => w.Value.ToArray(), StringComparer.Ordinal), rankingCacheSize);
    }

    /// <summary>regexp_split_to_table(text, '[^a-z0-9]+') without the empty pieces.</summary>
    private static IEnumerable<string> NameAndCategoryWords(string folded)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && (char.IsAsciiLetterLower(folded[i]) || char.IsAsciiDigit(folded[i]));
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }
}

/// <summary>The current <see cref="CatalogSnapshot"/> of this process (see <see cref="StampedCache{T}"/>).</summary>
/// <param name="rankingCacheSize">How many rankings (distinct queries) a snapshot keeps; 0 ranks every search anew.</param>
internal sealed class CatalogSnapshotCache(int rankingCacheSize) : StampedCache<CatalogSnapshot>
{
    protected override Task<CatalogSnapshot> LoadAsync(CommerceDbContext db, Guid stamp, CancellationToken cancellationToken) =>
        CatalogSnapshot.LoadAsync(db, stamp, rankingCacheSize, cancellationToken);
}
