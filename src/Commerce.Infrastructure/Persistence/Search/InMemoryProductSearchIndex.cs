using System.Buffers;
using Commerce.Application.Catalog;
using Commerce.Application.Catalog.Search;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence.Search;

/// <summary>
/// Product search over the in-memory <see cref="CatalogSnapshot"/>, for both database providers: pg_trgm's
/// word similarity against names, category, descriptions and variant options (weighted in that order), typos within
/// the allowed edit distance of a name or category word, ranked by score, closeness of the name, then name and SKU.
/// An inverted trigram index keeps a 10,000-product catalog fast: only products sharing enough of a query word's
/// trigrams to reach its threshold are scored. The database is asked two small questions per search: the catalog
/// stamp, and the live stock of the products found.
/// </summary>
internal sealed class InMemoryProductSearchIndex(CommerceDbContext db, CatalogStampReader stamps, CatalogSnapshotCache cache) : IProductSearchIndex
{
    // Where a term may match and what a match there is worth: a name says more than a category,
    // a category more than a description or a size.
    private static readonly double[] FieldWeights = [1.0, 0.8, 0.6, 0.6];

    // A name or category word within the allowed typing errors of an unknown query word ("jeens", "hoddie").
    // Trigrams score such words low (a typo breaks up to three trigrams), edit distance does not.
    private const double TypoWeight = 0.7;

    // A hit scoring below this share of the best hit is a near-miss next to a real match ("schal" also
    // resembles "schwarz"); near-misses are kept only when nothing matches better (a typo'd query).
    private const double RelativeCutoff = 0.6;

    public async Task<IReadOnlyList<ProductSearchHit>> SearchAsync(ProductSearchCriteria criteria, CancellationToken cancellationToken)
    {
        if (criteria.Terms.Count == 0 || criteria.Limit <= 0)
            return [];
        var snapshot = await cache.CurrentAsync(db, stamps, cancellationToken);
        var matches = Match(snapshot, criteria);
        if (matches.Count == 0)
            return [];

        var english = criteria.Language == "en";
        var ordered = matches
            .OrderByDescending(m => m.Score)
            .ThenByDescending(m => m.Closeness)
            .ThenBy(m => english ? snapshot.Entries[m.Entry].NameEn ?? snapshot.Entries[m.Entry].NameDe : snapshot.Entries[m.Entry].NameDe, StringComparer.Ordinal)
            .ThenBy(m => snapshot.Entries[m.Entry].Sku, StringComparer.Ordinal)
            .ToList();

        // Stock is read live, but only for the products that can still make the page: best first, in chunks, until the
        // page is full or the scores fall below the cut-off relative to the best product that qualifies.
        var hits = new List<ProductSearchHit>(criteria.Limit);
        double? best = null;
        var chunk = criteria.InStockOnly ? criteria.Limit * 4 : criteria.Limit;
        for (var start = 0; start < ordered.Count && hits.Count < criteria.Limit; start += chunk)
        {
            var slice = ordered.Skip(start).Take(chunk).ToList();
            if (best is { } top && slice[0].Score < RelativeCutoff * top)
                break;
            var ids = slice.Select(m => snapshot.Entries[m.Entry].Id).ToList();
            var stock = await db.Products.AsNoTracking()
                .Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, Stock = p.Variants.Any() ? p.Variants.Sum(v => v.Stock) : p.Stock })
                .ToDictionaryAsync(p => p.Id, p => p.Stock, cancellationToken);
            foreach (var match in slice)
            {
                var entry = snapshot.Entries[match.Entry];
                // Gone since the snapshot was read (a deletion also renews the stamp), or sold out when only stock counts.
                if (!stock.TryGetValue(entry.Id, out var level) || (criteria.InStockOnly && level <= 0))
                    continue;
                best ??= match.Score;
                if (match.Score < RelativeCutoff * best || hits.Count == criteria.Limit)
                    break;
                hits.Add(new ProductSearchHit(
                    entry.Id,
                    entry.Sku,
                    new LocalizedTextDto(entry.NameDe, entry.NameEn),
                    new MoneyDto(entry.PriceAmount, entry.PriceCurrency),
                    entry.Image,
                    level,
                    entry.HasVariants,
                    Math.Round(match.Score, 3)));
            }
        }

        return hits;
    }

    private readonly record struct Found(int Entry, double Score, float Closeness);

    /// <summary>Products matching at least the required number of terms, with their score and name closeness.</summary>
    private static List<Found> Match(CatalogSnapshot snapshot, ProductSearchCriteria criteria)
    {
        var entries = snapshot.Entries;
        var termScores = new Dictionary<int, double[]>();
        var alternatives = criteria.Terms
            .SelectMany((term, number) => term.Alternatives.Select(alternative => (Number: number, Term: term, Text: alternative)))
            .Select(a => (a.Number, a.Text, Trigrams: snapshot.Table.QuerySet(a.Text), Threshold: MinimumSimilarity(a.Text),
                Typos: a.Term.MayBeMisspelt ? SearchQueryNormalizer.AllowedTypos(a.Text.Length) : 0))
            .ToList();

        var lastPosition = ArrayPool<int>.Shared.Rent(Math.Max(1, snapshot.Table.Count));
        Array.Fill(lastPosition, -1, 0, snapshot.Table.Count);
        var shared = ArrayPool<int>.Shared.Rent(Math.Max(1, entries.Length));
        Array.Clear(shared, 0, entries.Length);
        try
        {
            foreach (var alternative in alternatives)
            {
                void Score(int entry, double score)
                {
                    if (!(criteria.IncludeArchived || entries[entry].Active) || score <= 0)
                        return;
                    if (!termScores.TryGetValue(entry, out var scores))
                        termScores[entry] = scores = new double[criteria.Terms.Count];
                    scores[alternative.Number] = Math.Max(scores[alternative.Number], score);
                }

                // word_similarity ≤ shared trigrams / query trigrams, so fewer shared than threshold × count cannot match.
                var needed = (int)Math.Ceiling(alternative.Threshold * alternative.Trigrams.Count - 1e-6);
                for (var field = 0; field < CatalogSnapshot.FieldCount; field++)
                {
                    var touched = new List<int>();
                    foreach (var trigram in alternative.Trigrams)
                    {
                        if (trigram < 0)
                            continue;
                        foreach (var entry in snapshot.Postings[field][trigram])
                        {
                            if (shared[entry]++ == 0)
                                touched.Add(entry);
                        }
                    }

                    foreach (var entry in touched)
                    {
                        // A term scores its best field: a field weighing no more than the score already reached can
                        // change nothing, so its (quadratic) word similarity is not computed.
                        if (shared[entry] >= needed
                            && !(termScores.TryGetValue(entry, out var reached) && reached[alternative.Number] >= FieldWeights[field]))
                        {
                            var similarity = Trigrams.WordSimilarity(alternative.Trigrams, entries[entry].Fields[field], lastPosition);
                            if (similarity >= alternative.Threshold)
                                Score(entry, FieldWeights[field] * similarity);
                        }

                        shared[entry] = 0;
                    }
                }

                if (alternative.Typos > 0)
                {
                    for (var length = alternative.Text.Length - alternative.Typos; length <= alternative.Text.Length + alternative.Typos; length++)
                    {
                        if (!snapshot.WordsByLength.TryGetValue(length, out var words))
                            continue;
                        foreach (var word in words)
                        {
                            if (!Trigrams.WithinEdits(alternative.Text, word, alternative.Typos))
                                continue;
                            foreach (var entry in snapshot.Words[word])
                                Score(entry, TypoWeight);
                        }
                    }
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(lastPosition);
            ArrayPool<int>.Shared.Return(shared);
        }

        var scored = new List<(int Entry, double Score)>();
        foreach (var (entry, scores) in termScores)
        {
            if (scores.Count(s => s > 0) >= criteria.RequiredMatches)
                scored.Add((entry, scores.Sum() / criteria.Terms.Count));
        }

        // Without the in-stock filter the best product is the best match: what falls below the relative cut-off of it
        // cannot be shown, so its tie-breaking closeness is not worth computing.
        var floor = !criteria.InStockOnly && scored.Count > 0 ? RelativeCutoff * scored.Max(s => s.Score) : 0;
        var found = new List<Found>();
        foreach (var (entry, score) in scored)
        {
            if (score < floor)
                continue;
            var closeness = 0f; // sum(real) in the SQL this replaces: real
            for (var term = 0; term < criteria.Terms.Count; term++)
            {
                var termCloseness = 0f;
                foreach (var alternative in alternatives)
                {
                    if (alternative.Number == term)
                        termCloseness = Math.Max(termCloseness, Trigrams.Similarity(alternative.Trigrams, entries[entry].NameSet));
                }

                closeness += termCloseness;
            }

            found.Add(new Found(entry, score, closeness));
        }

        return found;
    }

    /// <summary>
    /// Short words share most trigrams with unrelated words ("rot" and "Röstung"), so they must match
    /// (nearly) whole; longer words may carry a typo ("jeens", "hoddie").
    /// </summary>
    internal static float MinimumSimilarity(string alternative) => alternative.Length switch
    {
        <= 3 => 0.75f,
        4 => 0.6f,
        _ => 0.5f,
    };
}
