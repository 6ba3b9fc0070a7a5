using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Catalog.Search;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Commerce.Infrastructure.Persistence.Search;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Catalog;

/// <summary>
/// The ranker rules most products out before computing the exact word similarity (rarest trigrams first, an upper
/// bound per field, letters a typo cannot supply). Here every product is scored the slow way — every field, every
/// query word, every name word for typos — and the ranker must find exactly the same products with exactly the same
/// scores, over the demo catalog and a few hundred generated products with sizes, some archived.
/// </summary>
public sealed class CatalogRankerTests : IAsyncLifetime
{
    private static readonly string[] Queries =
    [
        "sneaker", "snaker", "rot", "red", "weiss", "jeens", "regnjacke", "muetze", "mutze", "light blue", "t-shirt", "43", "xl",
        "m", "hoddie", "kapuzenpullover", "wasserdicht", "sonenbrille", "rucksak", "kaffee", "leder", "schw", "gruene", "3er-pack",
        "guertel", "gurtel", "schal", "rote sneaker", "black hoodie", "regenjacke gelb", "wollmütze grau", "leather belt",
        "t-shirt weiß größe l", "blaue jacke aus baumwolle", "canvas bag", "stiefel 43", "kaschmr schal", "cashmer scarf beige",
        "linie 3", "line 4 denim", "gen-00042", "handschuhe braun leder linie 2", "the best red sneakers in cotton for summer",
        "günstige rote sneaker aus leder linie 4 größe 43", "pullovr", "sandalen", "kork tasse", "xyzzy",
    ];

    private static readonly (string De, string En)[] Kinds =
    [
        ("Sneaker", "sneakers"), ("Hoodie", "hoodie"), ("Jacke", "jacket"), ("Mütze", "beanie"), ("Schal", "scarf"), ("Tasche", "bag"),
        ("Stiefel", "boots"), ("Hose", "trousers"), ("Handschuhe", "gloves"), ("Pullover", "sweater"), ("Sandalen", "sandals"), ("Tasse", "mug"),
    ];

    private static readonly (string De, string En)[] Materials =
        [("Baumwolle", "cotton"), ("Wolle", "wool"), ("Leder", "leather"), ("Canvas", "canvas"), ("Denim", "denim"), ("Kaschmir", "cashmere"), ("Kork", "cork")];

    private static readonly (string De, string En)[] Colours =
        [("Rot", "red"), ("Schwarz", "black"), ("Weiß", "white"), ("Grau", "grey"), ("Blau", "blue"), ("Gelb", "yellow"), ("Beige", "beige")];

    private readonly ApiFactory _api = new();
    private CatalogSnapshot _snapshot = null!;

    // The same catalog in a snapshot that keeps rankings and query words' scores, as the API runs it.
    private CatalogSnapshot _remembering = null!;

    public async Task InitializeAsync()
    {
        await _api.InitializeAsync();
        await _api.WithDbAsync(async db =>
        {
            await DemoCatalogSeeder.SeedAsync(db);
            var category = Category.Create("generiert", new LocalizedText("Generiert", "Generated")).Value;
            db.Categories.Add(category);
            for (var i = 0; i < 400; i++)
            {
                var (kind, material, colour) = (Kinds[i % Kinds.Length], Materials[i / Kinds.Length % Materials.Length], Colours[i / 3 % Colours.Length]);
                var line = i % 5;
                var product = Product.Create(
                    Sku.Create($"GEN-{i:D5}").Value, category.Id,
                    new LocalizedText($"{kind.De} {colour.De} {material.De} Linie {line}", $"{colour.En} {material.En} {kind.En}, line {line}"),
                    new LocalizedText($"{kind.De} aus {material.De} in {colour.De}. Pflegeleicht.", $"{colour.En} {kind.En} made of {material.En}. Easy care."),
                    Money.Create(19.90m + i % 50, "EUR").Value, null, i % 4).Value;
                if (i % 3 == 0)
                {
                    foreach (var size in new[] { "41", "42", "43", "XL" })
                        product.AddVariant(Sku.Create($"GEN-{i:D5}-{size}").Value, new VariantOption(new LocalizedText("Größe", "Size"), size), i % 2);
                }

                if (i % 11 == 0)
                    product.Archive();
                db.Products.Add(product);
            }

            await db.SaveChangesAsync();
            _snapshot = await CatalogSnapshot.LoadAsync(db, Guid.NewGuid(), 0, CancellationToken.None);
            _remembering = await CatalogSnapshot.LoadAsync(db, Guid.NewGuid(), 1024, CancellationToken.None);
        });
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_ranker_finds_what_scoring_every_product_finds_with_the_same_scores(bool wordsRemembered)
    {
        // Remembered: every query is ranked twice, the second time from the words' kept scores (many words recur too).
        var snapshot = wordsRemembered ? _remembering : _snapshot;
        var compared = 0;
        foreach (var query in wordsRemembered ? Queries.Concat(Queries) : Queries)
        {
            var terms = SearchQueryNormalizer.Normalize(query);
            if (terms.Count == 0)
                continue;
            foreach (var archived in new[] { false, true })
            {
                var criteria = new ProductSearchCriteria(terms, SearchQueryNormalizer.RequiredMatches(terms.Count), "de", 50, archived, InStockOnly: true);
                var expected = Exhaustive(snapshot, criteria);
                var ranked = CatalogRanker.Rank(snapshot, criteria, int.MaxValue);

                ranked.Complete.Should().BeTrue();
                ranked.Products.Select(p => (p.Entry, p.Score)).Should().BeEquivalentTo(expected, $"'{query}' (archived too: {archived})");
                ranked.Products.Select(p => p.Score).Should().BeInDescendingOrder();

                // Without the in-stock filter only what reaches the relative cut-off of the best is ranked.
                var shown = CatalogRanker.Rank(snapshot, criteria with { InStockOnly = false }, int.MaxValue);
                var floor = expected.Count == 0 ? 0 : CatalogRanker.RelativeCutoff * expected.Max(e => e.Score);
                shown.Products.Should().Equal(ranked.Products.Where(p => p.Score >= floor), $"'{query}' above the cut-off");
                compared += expected.Count;
            }
        }

        compared.Should().BeGreaterThan(1000, "the queries find many products");
        if (wordsRemembered)
            _remembering.WordScores.Count.Should().BeGreaterThan(10, "the words were kept and used");
    }

    [Theory]
    [InlineData("sneaker")]
    [InlineData("linie")] // every generated product scores the same: the kept places are decided by the tie-breaks
    [InlineData("leder schwarz")]
    public void A_ranking_kept_short_is_the_beginning_of_the_full_one(string query)
    {
        var terms = SearchQueryNormalizer.Normalize(query);
        foreach (var inStockOnly in new[] { true, false })
        {
            var criteria = new ProductSearchCriteria(terms, SearchQueryNormalizer.RequiredMatches(terms.Count), "en", 10, false, inStockOnly);

            var full = CatalogRanker.Rank(_snapshot, criteria, int.MaxValue);
            var kept = CatalogRanker.Rank(_snapshot, criteria, 5);

            full.Products.Length.Should().BeGreaterThan(5);
            kept.Complete.Should().BeFalse();
            kept.Products.Should().Equal(full.Products.Take(5));
        }
    }

    /// <summary>Every active (or any) product, every field, every alternative: the scoring without anything ruled out early.</summary>
    private static List<(int Entry, double Score)> Exhaustive(CatalogSnapshot snapshot, ProductSearchCriteria criteria)
    {
        var entries = snapshot.Entries;
        var inQuery = new bool[snapshot.Table.Count];
        var lastPosition = Enumerable.Repeat(-1, snapshot.Table.Count).ToArray();
        var words = snapshot.WordsByLength.Values.SelectMany(w => w).ToList();
        var alternatives = criteria.Terms
            .SelectMany((term, number) => term.Alternatives.Select(text =>
            {
                var typos = term.MayBeMisspelt ? SearchQueryNormalizer.AllowedTypos(text.Length) : 0;
                var typoEntries = typos == 0 ? [] : words.Where(w => Trigrams.WithinEdits(text, w.Text, typos)).SelectMany(w => w.Entries).ToHashSet();
                return (Number: number, Trigrams: snapshot.Table.Query(text), Threshold: CatalogRanker.MinimumSimilarity(text), TypoEntries: typoEntries);
            }))
            .ToList();

        var found = new List<(int, double)>();
        for (var entry = 0; entry < entries.Length; entry++)
        {
            if (!(criteria.IncludeArchived || entries[entry].Active))
                continue;
            var scores = new double[criteria.Terms.Count];
            foreach (var alternative in alternatives)
            {
                alternative.Trigrams.Mark(inQuery, true);
                for (var field = 0; field < CatalogSnapshot.FieldCount; field++)
                {
                    var similarity = Trigrams.WordSimilarity(alternative.Trigrams, inQuery, entries[entry].Fields[field], lastPosition);
                    if (similarity >= alternative.Threshold)
                        scores[alternative.Number] = Math.Max(scores[alternative.Number], CatalogRanker.FieldWeights[field] * similarity);
                }

                alternative.Trigrams.Mark(inQuery, false);
                if (alternative.TypoEntries.Contains(entry))
                    scores[alternative.Number] = Math.Max(scores[alternative.Number], CatalogRanker.TypoWeight);
            }

            if (scores.Count(s => s > 0) >= criteria.RequiredMatches)
                found.Add((entry, scores.Sum() / criteria.Terms.Count));
        }

        return found;
    }
}
